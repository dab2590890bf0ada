package io.raqib.bench.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of the Streams groups, as operators read it: per partition the end offset less the group's committed
 * offset, summed, per group ({@code lag.GROUP}) and per input topic ({@code lag.GROUP.TOPIC}). Under exactly-once a
 * committed offset moves with each transaction (every 100 ms here), so lag is also the work not yet made visible.
 */
final class LagSampler implements AutoCloseable {

    private final Admin admin;
    private final List<String> groups;

    LagSampler(String bootstrap, List<String> groups) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "raqib-bench-lag",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
        this.groups = List.copyOf(groups);
    }

    void sample(Timeline timeline, int second) {
        for (String group : groups) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
                if (committed.isEmpty()) {
                    continue; // the group has not committed yet: lag unknown, not zero
                }
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(3, TimeUnit.SECONDS);
                Map<String, Long> byTopic = new TreeMap<>();
                committed.forEach((tp, offset) -> {
                    long end = ends.get(tp).offset();
                    long lag = offset == null ? 0 : Math.max(0, end - offset.offset());
                    byTopic.merge(tp.topic(), lag, Long::sum);
                });
                timeline.put("lag." + group, second, byTopic.values().stream().mapToLong(Long::longValue).sum());
                byTopic.forEach((topic, lag) -> timeline.put("lag." + group + "." + topic, second, lag));
            } catch (Exception e) {
                // A sample missed under load is a gap in the series; the next second tries again.
            }
        }
    }

    List<String> groups() {
        return groups;
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
