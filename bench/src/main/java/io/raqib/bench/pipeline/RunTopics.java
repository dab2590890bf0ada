package io.raqib.bench.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * What a benchmark run leaves on the broker, removed afterwards: its prefixed topics, the Streams services' internal
 * topics (named after their application ids) and their consumer groups. {@code RunTopics BOOTSTRAP PREFIX GROUP…}
 */
public final class RunTopics {

    private RunTopics() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (args.length < 2 || args[1].isBlank()) {
            System.err.println("usage: RunTopics BOOTSTRAP PREFIX [GROUP ...]  (a non-empty prefix: never the shared topics)");
            System.exit(2);
        }
        List<String> groups = List.of(args).subList(2, args.length);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            System.out.println(delete(admin, args[1], groups));
        }
    }

    /**
     * Whether a topic is the run's: under its prefix (an empty prefix names no topic: never the shared ones), or an
     * internal topic of one of its Streams application ids.
     */
    static boolean ofRun(String topic, String prefix, Collection<String> groups) {
        return !prefix.isEmpty() && topic.startsWith(prefix)
                || groups.stream().anyMatch(group -> topic.startsWith(group + "-"));
    }

    static String delete(Admin admin, String prefix, List<String> groups) throws Exception {
        Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> doomed = new ArrayList<>();
        for (String topic : topics) {
            if (ofRun(topic, prefix, groups)) {
                doomed.add(topic);
            }
        }
        admin.deleteTopics(doomed).all().get(60, TimeUnit.SECONDS);
        // Kafka Streams does not leave its group on shutdown: the group stays non-empty until the members' session
        // times out (10 s), so deleting it is tried again for a while.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> left = new ArrayList<>(groups);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            for (var deletion : admin.deleteConsumerGroups(left).deletedGroups().entrySet()) {
                try {
                    deletion.getValue().get(10, TimeUnit.SECONDS);
                    left.remove(deletion.getKey());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        left.remove(deletion.getKey());
                    }
                }
            }
            if (!left.isEmpty()) {
                Thread.sleep(2000);
            }
        }
        return "removed " + doomed.size() + " topics of the run (" + prefix + "*, internal topics of " + groups + ")"
                + (left.isEmpty() ? " and its consumer groups" : "; consumer groups still in use: " + left);
    }
}
