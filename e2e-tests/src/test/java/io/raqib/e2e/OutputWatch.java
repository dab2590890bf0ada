package io.raqib.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serdes;

import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/**
 * What the pipeline put out, as a downstream consumer sees it (read_committed: an aborted transaction's records never
 * show), with when each record arrived: enriched articles counted by key, and every alert record. Also what ingest
 * wrote to articles.raw, counted by key: an article enriched more often than it was written is a duplicate.
 */
final class OutputWatch implements AutoCloseable {

    /** An alert record and when the watch read it (System.nanoTime). */
    record AlertArrival(long at, Alert alert) {
    }

    private final Topic<String, Alert> alerts;
    private final String enriched;
    private final String raw;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Integer> enrichedCounts = new ConcurrentHashMap<>();
    private final Map<String, Integer> rawCounts = new ConcurrentHashMap<>();
    private final Map<String, Long> enrichedFirstAt = new ConcurrentHashMap<>();
    private final List<AlertArrival> alertArrivals = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    OutputWatch(String bootstrap, String prefix) {
        this.alerts = Topics.ALERTS.withPrefix(prefix);
        this.enriched = Topics.ARTICLES_ENRICHED.withPrefix(prefix).name();
        this.raw = Topics.ARTICLES_RAW.withPrefix(prefix).name();
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        // Every partition assigned, no consumer group: a group's rebalance (the broker restarting, say) would send the
        // watch back to its last committed offset, and it would count records twice that the pipeline wrote once.
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(enriched, alerts.name(), raw)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
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
                    } else if (record.topic().equals(raw)) {
                        rawCounts.merge(record.key(), 1, Integer::sum);
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

    /** Records ingest wrote to articles.raw, by key. */
    Map<String, Integer> rawCounts() {
        return rawCounts;
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
