package io.raqib.alert.webhook;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.alert.AlertChanges;
import io.raqib.schemas.Alert;

/**
 * One subscriber's delivery, on its own thread with its own consumer group, away from the Kafka Streams topology: a
 * slow or failing receiver delays only itself. Reads the alerts topic (committed records only), and commits an
 * alert's offset only once the alert was delivered, filtered out or dead-lettered: at least once.
 */
final class SubscriberDispatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(SubscriberDispatcher.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** After an unexpected error (Kafka unreachable, the dead letter not taken …), before reading again. */
    private static final Duration RESTART_DELAY = Duration.ofSeconds(10);

    private final Subscription subscription;
    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final String topic;
    private final Deserializer<Alert> alerts;
    private final RetryingDelivery delivery;
    private final DeadLetterWriter deadLetters;
    private final WebhookMetrics metrics;
    private final ObjectMapper json;
    private final StopSignal stop;

    /** @param consumers a new consumer of the subscriber's group, at start and after each unexpected error */
    SubscriberDispatcher(Subscription subscription, Supplier<Consumer<byte[], byte[]>> consumers, String topic,
            Deserializer<Alert> alerts, RetryingDelivery delivery, DeadLetterWriter deadLetters, WebhookMetrics metrics,
            ObjectMapper json, StopSignal stop) {
        this.subscription = subscription;
        this.consumers = consumers;
        this.topic = topic;
        this.alerts = alerts;
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.json = json;
        this.stop = stop;
    }

    /**
     * A consumer for {@code subscription} on top of the service's connection settings. One record per poll: the next
     * poll may be as far away as one alert's whole retry schedule, and {@code maxDelivery} says how far that is.
     */
    static Supplier<Consumer<byte[], byte[]>> consumers(Map<String, Object> client, String groupId,
            Subscription subscription, Duration maxDelivery) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "alert-service-webhook-" + subscription.name());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, subscription.startFrom().name().toLowerCase(Locale.ROOT));
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        long interval = Math.max(300_000, maxDelivery.plusMinutes(1).toMillis()); // never below Kafka's default
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, interval));
        return () -> new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void run() {
        while (!stop.isStopped()) {
            try (Consumer<byte[], byte[]> consumer = consumers.get()) {
                consumer.subscribe(List.of(topic));
                consume(consumer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "webhook %s stopped reading alerts; it starts again in %s from its last committed alert",
                        subscription.name(), RESTART_DELAY);
                stop.sleep(RESTART_DELAY);
            }
        }
    }

    private void consume(Consumer<byte[], byte[]> consumer) throws InterruptedException {
        while (!stop.isStopped()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (!handle(record)) {
                    return; // stopping: the alert stays uncommitted and is delivered after the restart
                }
                commit(consumer, record);
            }
            metrics.lag(consumer.assignment().stream().mapToLong(p -> consumer.currentLag(p).orElse(0)).sum());
        }
    }

    /** False when the service stopped before the alert was done with. */
    private boolean handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        if (record.value() == null) {
            return true; // a tombstone of the compacted topic: no alert change to tell
        }
        if (AlertChanges.isLinksOnly(record.headers())) {
            return true; // re-told only because its incident changed: not news for a receiver (docs/webhooks.md)
        }
        Alert alert;
        WebhookPayload payload;
        byte[] body;
        try {
            alert = alerts.deserialize(record.topic(), record.value());
            if (!subscription.filter().accepts(alert)) {
                return true;
            }
            payload = WebhookPayload.of(alert);
            body = payload.json(json);
        } catch (RuntimeException e) {
            // Retrying cannot help a record we cannot read; stopping here would hold up every later alert.
            deadLetters.write(record, subscription.name(), e, "not a readable alert: " + e.getMessage(), 0,
                    OptionalInt.empty());
            metrics.undecodable();
            LOG.warnf("webhook %s: %s-%d@%d is not an alert (%s); dead-lettered", subscription.name(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return true;
        }
        long start = System.nanoTime();
        RetryingDelivery.Outcome outcome = delivery.deliver(payload.delivery(), body);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (outcome instanceof RetryingDelivery.Delivered) {
            metrics.delivered(took);
            return true;
        }
        if (outcome instanceof RetryingDelivery.GaveUp gaveUp) {
            Verdict.Failed last = gaveUp.last();
            String reason = (last.retryable() ? "still failing after " + gaveUp.attempts() + " attempt(s)"
                    : "refused for good") + ": " + last.error().getMessage();
            deadLetters.write(record, subscription.name(), last.error(), reason, gaveUp.attempts(), last.status());
            metrics.deadLettered(took);
            LOG.warnf("webhook %s: alert %s (%s, delivery %s) dead-lettered, %s", subscription.name(), alert.getId(),
                    alert.getStatus(), payload.delivery(), reason);
            return true;
        }
        return false;
    }

    private void commit(Consumer<byte[], byte[]> consumer, ConsumerRecord<byte[], byte[]> record) {
        try {
            consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1)));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partition moved to another instance meanwhile, which starts from the last commit: it delivers
            // this alert again, with the same delivery id.
            LOG.infof("webhook %s: offset of %s-%d@%d not committed (%s)", subscription.name(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }
}
