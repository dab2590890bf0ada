package io.raqib.schemas;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its name, the serdes of its keys and values, and how it is laid out on the broker.
 * Defined once in {@link Topics} and shared by every service, the test broker and the deployment checks.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions,
        Map<String, String> config) {

    /** The same topic for an environment that shares a cluster: {@code prefix} is prepended to the name. */
    public Topic<K, V> withPrefix(String prefix) {
        return new Topic<>(prefix + name, keySerde, valueSerde, partitions, config);
    }

    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, Optional.of(partitions), Optional.of(replicationFactor)).configs(config);
    }
}
