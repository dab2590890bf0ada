package io.raqib.bench.pipeline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Bytes per topic of the run, 0 for a topic no broker holds: {@code topics}, those under the run's prefix and the
     * Streams services' internal topics (changelogs, repartition topics: named after their application ids), which
     * take most of what the broker writes.
     */
    static Map<String, Long> ofRun(String bootstrap, Collection<String> topics, String prefix,
            Collection<String> groups) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Set<String> all = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> run = all.stream()
                    .filter(topic -> topics.contains(topic) || RunTopics.ofRun(topic, prefix, groups))
                    .sorted().toList();
            return of(admin, run);
        }
    }

    private static Map<String, Long> of(Admin admin, Collection<String> topics) throws Exception {
        List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id)
                .toList();
        Map<String, Long> stored = new LinkedHashMap<>();
        topics.forEach(topic -> stored.put(topic, 0L));
        admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()
                .forEach(dirs -> dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) ->
                        stored.computeIfPresent(partition.topic(), (topic, sum) -> sum + replica.size()))));
        return stored;
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "raqib-bench-stored"));
    }
}
