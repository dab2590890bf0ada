package io.raqib.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serdes;

import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/**
 * What the pipeline put out, as a downstream consumer sees it (read_committed: an aborted transaction's records never
 * show), with when each record arrived: enriched articles counted by key, and every alert record.
 */
final class OutputWatch implements AutoCloseable {

    /** An alert record and when the watch read it (System.nanoTime). */
    record AlertArrival(long at, Alert alert) {
    }

    private final Topic<String, Alert> alerts;
    private final String enriched;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Integer> enrichedCounts = new ConcurrentHashMap<>();
    private final Map<String, Long> enrichedFirstAt = new ConcurrentHashMap<>();
    private final List<AlertArrival> alertArrivals = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    OutputWatch(String bootstrap, String prefix) {
        this.alerts = Topics.ALERTS.withPrefix(prefix);
        this.enriched = Topics.ARTICLES_ENRICHED.withPrefix(prefix).name();
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        consumer.subscribe(List.of(enriched, alerts.name()));
        this.thread = new Thread(this::follow, "output-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long at = System.nanoTime();
                    if (record.topic().equals(enriched)) {
                        enrichedCounts.merge(record.key(), 1, Integer::sum);
                        enrichedFirstAt.putIfAbsent(record.key(), at);
                    } else {
                        Alert alert = alerts.valueSerde().deserializer().deserialize(record.topic(), record.value());
                        alertArrivals.add(new AlertArrival(at, alert));
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() asked it to stop.
        } finally {
            consumer.close();
        }
    }

    Map<String, Integer> enrichedCounts() {
        return enrichedCounts;
    }

    Map<String, Long> enrichedFirstAt() {
        return enrichedFirstAt;
    }

    List<AlertArrival> alerts() {
        return alertArrivals;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
