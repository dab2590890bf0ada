package io.raqib.deploy;

import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.schemas.Topics;

/**
 * Each service's KafkaUser may do exactly what the service does, no more: the topics it reads and writes, and for
 * Kafka Streams its consumer group, internal topics and transactional ids, all named after its application id.
 */
class KafkaUsersTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /**
     * The topics each service uses and how, from its code: ArticlePublisher (ingest); EnrichmentTopology (nlp);
     * AlertTopology and FiguresBoard (read articles.enriched), ActionPublisher (writes alert.actions), AlertFeed and
     * the webhooks (read alerts; the webhooks' dead letters go to deadletter.alert-service) in alert-service;
     * DedupGate mirrors ingest's dedup index to ingest.dedup and reads it back at start (assigned, no group).
     */
    static final Map<Service, Map<String, Set<String>>> TOPICS = Map.of(
            Service.INGEST, Map.of(
                    Topics.ARTICLES_RAW.name(), Set.of("Describe", "Write"),
                    Topics.INGEST_DEDUP.name(), Set.of("Describe", "Read", "Write")),
            Service.NLP, Map.of(
                    Topics.ARTICLES_RAW.name(), Set.of("Describe", "Read"),
                    Topics.ARTICLES_ENRICHED.name(), Set.of("Describe", "Write"),
                    Topics.TOPIC_MENTIONS.name(), Set.of("Describe", "Write"),
                    Topics.NLP_DEAD_LETTERS.name(), Set.of("Describe", "Write")),
            Service.ALERT, Map.of(
                    Topics.TOPIC_MENTIONS.name(), Set.of("Describe", "Read"),
                    Topics.ARTICLES_ENRICHED.name(), Set.of("Describe", "Read"),
                    Topics.ALERT_ACTIONS.name(), Set.of("Describe", "Read", "Write"),
                    Topics.ALERTS.name(), Set.of("Describe", "Read", "Write"),
                    Topics.ALERT_DEAD_LETTERS.name(), Set.of("Describe", "Write")));

    /** Services with webhook subscribers (alert-service's Webhooks): a consumer group each, named below. */
    static final Set<Service> WEBHOOKS = Set.of(Service.ALERT);

    /** One ACL as a comparable string: type:patternType:name -> operations. */
    static Set<String> expectedAcls(Service s) {
        Set<String> acls = new TreeSet<>();
        TOPICS.get(s).forEach((topic, ops) -> acls.add(acl("topic", "literal", topic, ops)));
        s.applicationId().ifPresentOrElse(appId -> {
            // Internal topics <application.id>-...-changelog / -repartition, created by Kafka Streams itself.
            acls.add(acl("topic", "prefix", appId + "-", Set.of("All")));
            acls.add(acl("group", "literal", appId, Set.of("Describe", "Read")));
            if (WEBHOOKS.contains(s)) {
                // One group per subscriber: <application.id>-webhook-<subscriber>.
                acls.add(acl("group", "prefix", appId + "-webhook-", Set.of("Describe", "Read")));
            }
            // exactly_once_v2: transactional.id = <application.id>-<process id>-<thread>.
            acls.add(acl("transactionalId", "prefix", appId + "-", Set.of("Describe", "Write")));
            acls.add(acl("cluster", "literal", "kafka-cluster", Set.of("Describe", "IdempotentWrite")));
        }, () -> acls.add(acl("cluster", "literal", "kafka-cluster", Set.of("IdempotentWrite"))));
        return acls;
    }

    static String acl(String type, String pattern, String name, Set<String> operations) {
        return type + ":" + pattern + ":" + name + " " + new TreeSet<>(operations);
    }

    static Set<String> declaredAcls(JsonNode user) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode a : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = a.path("resource");
            String type = r.path("type").asText();
            Set<String> ops = new HashSet<>(Manifests.texts(a.path("operations")));
            if (a.has("operation")) {
                ops.add(a.path("operation").asText());
            }
            String host = a.path("host").asText("*");
            assertEquals("*", host.isEmpty() ? "*" : host, name(user) + ": no host restriction expected");
            String name = type.equals("cluster") ? "kafka-cluster" : r.path("name").asText();
            String pattern = type.equals("cluster") ? "literal" : r.path("patternType").asText("literal");
            String type1 = a.path("type").asText("allow");
            assertEquals("allow", type1, name(user) + ": only allow rules");
            acls.add(acl(type, pattern, name, ops));
        }
        return acls;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void oneScramUserPerService(String overlay) {
        Manifests m = Kustomize.render(overlay);
        Set<String> users = new TreeSet<>();
        m.ofKind("KafkaUser").forEach(u -> users.add(name(u)));
        Set<String> expected = new TreeSet<>();
        for (Service s : Service.values()) {
            expected.add(s.kafkaUser);
            JsonNode user = m.get("KafkaUser", s.kafkaUser);
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText(), s.kafkaUser);
            assertEquals("simple", user.path("spec").path("authorization").path("type").asText(), s.kafkaUser);
            assertEquals(name(m.single("Kafka")), user.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        }
        assertEquals(expected, users, overlay);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aclsAreExactlyWhatTheServiceUses(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            assertEquals(String.join("\n", expectedAcls(s)), String.join("\n", declaredAcls(m.get("KafkaUser", s.kafkaUser))),
                    overlay + " " + s.kafkaUser + " ACLs");
        }
    }

    /** Every topic an ACL names exists, and every topic is used by some service. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aclTopicsExist(String overlay) {
        Manifests m = Kustomize.render(overlay);
        Set<String> topics = KafkaTopicsTest.kafkaTopics(m).keySet();
        Map<String, Set<String>> users = new TreeMap<>();
        for (JsonNode user : m.ofKind("KafkaUser")) {
            for (JsonNode a : user.path("spec").path("authorization").path("acls")) {
                JsonNode r = a.path("resource");
                if (r.path("type").asText().equals("topic") && r.path("patternType").asText("literal").equals("literal")) {
                    assertEquals(true, topics.contains(r.path("name").asText()), name(user) + ": no topic " + r.path("name"));
                    users.computeIfAbsent(r.path("name").asText(), k -> new TreeSet<>()).add(name(user));
                }
            }
        }
        Set<String> untouched = new TreeSet<>(topics);
        untouched.removeAll(users.keySet());
        assertEquals(Set.of(), untouched, overlay + ": topics no service may use");
    }
}
