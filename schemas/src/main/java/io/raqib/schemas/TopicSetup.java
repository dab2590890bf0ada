package io.raqib.schemas;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the pipeline's topics up front, with their partitions and retention, and leaves existing ones alone.
 * Used by the local launcher ({@code ./raqib up}) and the test broker; Kubernetes uses Strimzi KafkaTopics instead.
 */
public final class TopicSetup {

    private TopicSetup() {
    }

    /** Creates the topics that do not exist yet and returns the names it created. */
    public static List<String> ensure(Admin admin, String prefix, short replicationFactor)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = Topics.all().stream()
                .map(topic -> topic.withPrefix(prefix).newTopic(replicationFactor))
                .filter(topic -> !existing.contains(topic.name()))
                .toList();
        admin.createTopics(missing).all().get();
        return missing.stream().map(NewTopic::name).toList();
    }

    /** {@code TopicSetup BOOTSTRAP [PREFIX]} */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TopicSetup BOOTSTRAP_SERVERS [TOPIC_PREFIX]");
            System.exit(2);
        }
        String prefix = args.length > 1 ? args[1] : "";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            List<String> created = ensure(admin, prefix, (short) 1);
            System.out.println("topics created: " + (created.isEmpty() ? "none (all present)" : created));
        }
    }
}
