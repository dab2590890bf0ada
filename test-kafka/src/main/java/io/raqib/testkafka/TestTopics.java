package io.raqib.testkafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.raqib.schemas.TopicSetup;

/** Every Raqib topic under a prefix of a test's own, ready to produce to. */
public final class TestTopics {

    private TestTopics() {
    }

    /**
     * Creates the topics and waits until every partition has a leader: producing earlier meets NOT_LEADER retries,
     * which an idempotent producer can turn into out-of-sequence errors on a fresh single broker.
     */
    public static void create(String bootstrap, String prefix) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<String> created = TopicSetup.ensure(admin, prefix, (short) 1);
            Await.until(() -> haveLeaders(admin, created), "leaders for " + created, Duration.ofSeconds(60));
        }
    }

    private static boolean haveLeaders(Admin admin, List<String> topics) {
        try {
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        } catch (InterruptedException | ExecutionException e) {
            return false; // not known to every part of the broker yet
        }
    }
}
