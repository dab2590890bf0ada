package io.raqib.e2e;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;

/** Who holds which partitions of a stream service's input, as the group coordinator says. */
final class Group implements AutoCloseable {

    private final Admin admin;

    Group(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /**
     * Partitions of {@code topic} held by each member of {@code group} (member's client id, which names the Streams
     * instance and thread → count), or an empty map when the group is rebalancing or the broker cannot say.
     */
    Map<String, Integer> partitionsOf(String group, String topic) {
        try {
            var description = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
            Map<String, Integer> held = new TreeMap<>();
            for (MemberDescription member : description.members()) {
                int count = (int) member.assignment().topicPartitions().stream()
                        .filter(partition -> partition.topic().equals(topic)).count();
                held.put(member.clientId(), count);
            }
            return held;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            return Map.of();
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
