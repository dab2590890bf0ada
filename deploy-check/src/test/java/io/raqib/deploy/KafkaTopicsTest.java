package io.raqib.deploy;

import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/** The KafkaTopics are exactly the topics of io.raqib.schemas.Topics, laid out as the code says. */
class KafkaTopicsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** The replication factor of each overlay's topics: one broker in dev, three in prod. */
    static final Map<String, Integer> REPLICAS = Map.of("dev", 1, "prod", 3, "prod-keda", 3);

    static String topicName(JsonNode kafkaTopic) {
        String topicName = kafkaTopic.path("spec").path("topicName").asText();
        return topicName.isEmpty() ? name(kafkaTopic) : topicName;
    }

    static Map<String, JsonNode> kafkaTopics(Manifests m) {
        return m.ofKind("KafkaTopic").stream().collect(Collectors.toMap(KafkaTopicsTest::topicName, Function.identity()));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void sameTopicNamesAsTheCode(String overlay) {
        Manifests m = Kustomize.render(overlay);
        List<JsonNode> topics = m.ofKind("KafkaTopic");
        assertEquals(topics.size(), kafkaTopics(m).size(), overlay + ": no topic is declared twice");
        assertEquals(new TreeMap<>(Topics.all().stream().collect(Collectors.toMap(Topic::name, t -> ""))).keySet(),
                new TreeMap<>(kafkaTopics(m)).keySet(), overlay + ": KafkaTopics vs Topics.all()");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void samePartitionsAndConfigs(String overlay) {
        Map<String, JsonNode> declared = kafkaTopics(Kustomize.render(overlay));
        for (Topic<?, ?> topic : Topics.all()) {
            assertTrue(declared.containsKey(topic.name()), overlay + ": a KafkaTopic for " + topic.name());
            JsonNode spec = declared.get(topic.name()).path("spec");
            assertEquals(topic.partitions(), spec.path("partitions").asInt(), overlay + " " + topic.name() + ": partitions");
            // Values as strings: YAML may write retention.ms as a number, Kafka takes it as text.
            assertEquals(new TreeMap<>(topic.config()), new TreeMap<>(Manifests.strings(spec.path("config"))),
                    overlay + " " + topic.name() + ": config");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void replicatedAsTheOverlaySays(String overlay) {
        Manifests m = Kustomize.render(overlay);
        String cluster = name(m.single("Kafka"));
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            assertEquals(REPLICAS.get(overlay), t.path("spec").path("replicas").asInt(), overlay + " " + topicName(t) + ": replicas");
            assertEquals(cluster, t.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    overlay + " " + topicName(t) + ": strimzi.io/cluster label, or no Topic Operator picks it up");
        }
    }
}
