package io.raqib.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.raqib.schemas.AlertAction;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/** Writes an analyst's action to alert.actions and returns once Kafka has it. */
@ApplicationScoped
public class ActionPublisher {

    private final KafkaProducer<String, AlertAction> producer;
    private final Topic<String, AlertAction> topic;

    public ActionPublisher(@ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> prefix) {
        this.topic = Topics.ALERT_ACTIONS.withPrefix(prefix.orElse(""));
        Map<String, Object> config = new HashMap<>(ClientConfig.of(bootstrap));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "alert-service-actions");
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public void publish(AlertAction action) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), action.getSeries(), action)).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("Kafka did not take the action: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
