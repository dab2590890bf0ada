package io.raqib.deploy;

import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The Strimzi Kafka cluster: KRaft node pools of the right shape, durability settings, the clients' release. */
class KafkaClusterTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kraftNodePools(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode kafka = m.single("Kafka");
        assertEquals("kafka.strimzi.io/v1beta2", kafka.path("apiVersion").asText());
        assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText(), "KRaft");
        assertTrue(kafka.path("spec").path("zookeeper").isMissingNode(), "no ZooKeeper");
        Map<Set<String>, Integer> pools = new java.util.HashMap<>();
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            assertEquals(name(kafka), pool.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    overlay + " " + name(pool) + ": belongs to the cluster");
            pools.merge(new HashSet<>(Manifests.texts(pool.path("spec").path("roles"))), pool.path("spec").path("replicas").asInt(),
                    Integer::sum);
        }
        if (overlay.equals("dev")) {
            assertEquals(Map.of(Set.of("controller", "broker"), 1), pools, "dev: one combined node");
        } else {
            assertEquals(Map.of(Set.of("controller"), 3, Set.of("broker"), 3), pools, overlay + ": 3 controllers + 3 brokers");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void durability(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode config = m.single("Kafka").path("spec").path("kafka").path("config");
        int brokers = m.ofKind("KafkaNodePool").stream()
                .filter(p -> Manifests.texts(p.path("spec").path("roles")).contains("broker"))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        int replication = config.path("default.replication.factor").asInt();
        int minIsr = config.path("min.insync.replicas").asInt();
        if (overlay.equals("dev")) {
            assertEquals(1, replication, "dev: replication 1");
            assertEquals(1, minIsr, "dev: min.insync.replicas 1");
        } else {
            assertEquals(3, replication, overlay + ": replication 3");
            assertEquals(2, minIsr, overlay + ": min.insync.replicas 2, so acks=all survives one broker down");
            assertEquals(2, config.path("transaction.state.log.min.isr").asInt(), overlay + ": transactions as durable");
        }
        assertTrue(replication <= brokers, overlay + ": replication <= brokers");
        for (String key : List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor")) {
            assertEquals(replication, config.path(key).asInt(), overlay + ": " + key);
        }
        assertEquals("false", config.path("auto.create.topics.enable").asText(), overlay + ": topics only as KafkaTopics");
        assertEquals("simple", m.single("Kafka").path("spec").path("kafka").path("authorization").path("type").asText(),
                overlay + ": ACLs enforced");
    }

    /** The brokers run the release of the clients the services are built with (kafka.version of the root POM). */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void brokersRunTheClientsRelease(String overlay) {
        JsonNode kafka = Kustomize.render(overlay).single("Kafka").path("spec").path("kafka");
        assertEquals(AppInfoParser.getVersion(), kafka.path("version").asText(), overlay + ": Kafka version");
        String[] v = AppInfoParser.getVersion().split("\\.");
        assertTrue(kafka.path("metadataVersion").asText().startsWith(v[0] + "." + v[1]), overlay + ": metadataVersion");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void operatorsManageTopicsAndUsers(String overlay) {
        JsonNode eo = Kustomize.render(overlay).single("Kafka").path("spec").path("entityOperator");
        assertTrue(eo.has("topicOperator") && eo.has("userOperator"), overlay + ": Topic and User Operators");
    }
}
