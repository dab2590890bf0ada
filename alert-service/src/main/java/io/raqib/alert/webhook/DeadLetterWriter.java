package io.raqib.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.raqib.alert.AlertTopology;
import io.raqib.schemas.DeadLetters;

/**
 * Writes an alert no subscriber call got through to the service's dead-letter topic: its key and value bytes as
 * they were on the alerts topic, the reason in {@link DeadLetters}' headers and the webhook's own below. Shared by
 * every subscriber's thread (a KafkaProducer is thread-safe).
 */
final class DeadLetterWriter implements AutoCloseable {

    static final String SUBSCRIBER = "raqib.dlq.subscriber";
    static final String ATTEMPTS = "raqib.dlq.attempts";
    static final String HTTP_STATUS = "raqib.dlq.http-status";

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    DeadLetterWriter(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** A writer with its own producer, on top of the service's connection settings. */
    static DeadLetterWriter connect(Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "alert-service-webhook-dead-letters");
        return new DeadLetterWriter(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                topic);
    }

    /**
     * Returns once Kafka has the dead letter, so that the alert's offset may be committed; throws if it does not.
     *
     * @param error    the last failure: its class is the exception header
     * @param reason   the reason header, for a person
     * @param attempts calls made (0: the record could not be read as an alert)
     * @param status   the last call's HTTP status, if it was answered
     */
    void write(ConsumerRecord<byte[], byte[]> alert, String subscriber, Exception error, String reason, int attempts,
            OptionalInt status) {
        Headers headers = DeadLetters.describe(new RecordHeaders(alert.headers().toArray()), AlertTopology.SERVICE,
                error, alert.topic(), alert.partition(), alert.offset());
        put(headers, DeadLetters.REASON, reason);
        put(headers, SUBSCRIBER, subscriber);
        put(headers, ATTEMPTS, Integer.toString(attempts));
        status.ifPresent(s -> put(headers, HTTP_STATUS, Integer.toString(s)));
        // Timestamped now, not with the alert's time: the topic's retention counts from the dead letter.
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, null, alert.key(), alert.value(), headers);
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Kafka did not take the dead letter of " + alert.topic() + "-" + alert.partition()
                    + "@" + alert.offset() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter", e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
