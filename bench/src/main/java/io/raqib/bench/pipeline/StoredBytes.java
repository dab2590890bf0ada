package io.raqib.bench.pipeline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;

/**
 * What the run's topics hold on the brokers' disks, every replica: the batches as the producers compressed them, with
 * their headers and the transactions' markers. The consumers see records uncompressed; this is what disks, replicas
 * and the network carry.
 */
final class StoredBytes {

    private StoredBytes() {
    }

    /** Bytes per topic, 0 for a topic no broker holds. */
    static Map<String, Long> of(String bootstrap, Collection<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "raqib-bench-stored"))) {
            List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id)
                    .toList();
            Map<String, Long> stored = new LinkedHashMap<>();
            topics.forEach(topic -> stored.put(topic, 0L));
            admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()
                    .forEach(dirs -> dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) ->
                            stored.computeIfPresent(partition.topic(), (topic, sum) -> sum + replica.size()))));
            return stored;
        }
    }
}
