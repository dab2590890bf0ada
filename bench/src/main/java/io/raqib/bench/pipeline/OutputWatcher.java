package io.raqib.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/**
 * The pipeline's output as a downstream consumer sees it: {@code read_committed}, so a record counts once its
 * Streams transaction committed. Two consumers, each on a thread of its own: one for what latency is measured on
 * (articles.enriched, alerts), one for the volume (articles.raw, topic.mentions), so that counting the bulk never
 * delays the moment an enriched record or an alert is seen. Both start at the topics' ends when the run starts.
 */
final class OutputWatcher implements AutoCloseable {

    private final String bootstrap;
    private final String prefix;
    private final List<String> groups;
    private final RunClock clock;
    private final Meters meters;
    private final AckLedger ledger;
    private final Topic<String, Alert> alerts;
    private final Map<String, TopicVolume> volumes = new LinkedHashMap<>();
    private final Map<String, Long> alertStatuses = new TreeMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final String rawTopic;
    private final String enrichedTopic;
    private final String mentionsTopic;
    private Map<String, Long> storedAtStart;
    /** What each topic of the run took on the brokers' disks during it, the Streams services' internal ones too. */
    private final Map<String, Long> written = new LinkedHashMap<>();
    private volatile boolean closed;
    private volatile long unmatchedEnriched;
    private volatile long alertsWithoutRunArticles;
    private volatile long alertsWithoutNewEvidence;
    /** Each alert's evidence as last received, by alert id: touched by the latency thread only. */
    private final Map<String, List<String>> lastEvidence = new HashMap<>();

    OutputWatcher(String bootstrap, String prefix, List<String> groups, RunClock clock, Meters meters,
            AckLedger ledger) {
        this.bootstrap = bootstrap;
        this.prefix = prefix;
        this.groups = List.copyOf(groups);
        this.clock = clock;
        this.meters = meters;
        this.ledger = ledger;
        this.alerts = Topics.ALERTS.withPrefix(prefix);
        this.rawTopic = Topics.ARTICLES_RAW.withPrefix(prefix).name();
        this.enrichedTopic = Topics.ARTICLES_ENRICHED.withPrefix(prefix).name();
        this.mentionsTopic = Topics.TOPIC_MENTIONS.withPrefix(prefix).name();
        for (String topic : List.of(rawTopic, enrichedTopic, mentionsTopic, alerts.name())) {
            volumes.put(topic, new TopicVolume(topic));
        }
    }

    /**
     * Notes what the topics hold on disk, positions both consumers at the current ends, then follows. Returns once
     * they are positioned.
     */
    void start() {
        try {
            storedAtStart = StoredBytes.ofRun(bootstrap, volumes.keySet(), prefix, groups);
        } catch (Exception e) {
            PipelineBench.say("could not read what the topics hold on disk: %s", e);
        }
        threads.add(follow("latency", List.of(enrichedTopic, alerts.name()), this::onLatencyRecord));
        threads.add(follow("volume", List.of(rawTopic, mentionsTopic), this::onVolumeRecord));
    }

    private Thread follow(String name, List<String> topics, Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "raqib-bench-" + name,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the ends now, before the load starts
        Thread thread = new Thread(() -> {
            try (consumer) {
                while (!closed) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        handler.accept(record);
                    }
                }
            }
        }, "watch-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void onLatencyRecord(ConsumerRecord<byte[], byte[]> record) {
        long now = RunClock.now();
        int second = clock.second(now);
        volumes.get(record.topic()).add(record.serializedKeySize(), record.serializedValueSize());
        if (record.topic().equals(enrichedTopic)) {
            meters.enriched.add(second, 1);
            OptionalLong ack = ledger.enriched(new String(record.key(), StandardCharsets.UTF_8), now);
            if (ack.isEmpty()) {
                unmatchedEnriched++;
            } else if (clock.measured(ack.getAsLong())) {
                meters.toEnriched.record(second, now - ack.getAsLong());
            }
        } else {
            onAlert(alerts.valueSerde().deserializer().deserialize(record.topic(), record.value()), now, second);
        }
    }

    private void onAlert(Alert alert, long now, int second) {
        meters.alerts.add(second, 1);
        synchronized (alertStatuses) {
            alertStatuses.merge(alert.getStatus().name(), 1L, Long::sum);
        }
        List<String> evidence = alert.getEvidence().stream().map(AlertEvidence::getArticleId).toList();
        OptionalLong trigger = ledger.latestAck(evidence);
        if (trigger.isEmpty()) {
            alertsWithoutRunArticles++;
            return;
        }
        // A change of an alert that brought no article (its incident grouped another alert, say) was not caused by
        // an acknowledgement: timed from its old evidence, it would only say how long the alert has been open.
        if (evidence.equals(lastEvidence.put(alert.getId(), evidence))) {
            alertsWithoutNewEvidence++;
            return;
        }
        ledger.alerted(evidence, now);
        if (clock.measured(trigger.getAsLong())) {
            meters.toAlert.record(second, now - trigger.getAsLong());
        }
    }

    private void onVolumeRecord(ConsumerRecord<byte[], byte[]> record) {
        volumes.get(record.topic()).add(record.serializedKeySize(), record.serializedValueSize());
        (record.topic().equals(mentionsTopic) ? meters.mentions : meters.raw).add(clock.second(RunClock.now()), 1);
    }

    /**
     * What each topic of the run took on the brokers' disks during it ({@link StoredBytes}): what it holds now less
     * what it held when the watch started (nothing, for an internal topic made since). A failure, or a topic that
     * shrank (retention or compaction dropped earlier traffic), leaves it unknown.
     */
    void measureStored() {
        if (storedAtStart == null) {
            return;
        }
        try {
            StoredBytes.ofRun(bootstrap, volumes.keySet(), prefix, groups).forEach((topic, bytes) -> {
                long took = bytes - storedAtStart.getOrDefault(topic, 0L);
                if (took >= 0) {
                    written.put(topic, took);
                    if (volumes.containsKey(topic)) {
                        volumes.get(topic).stored(took);
                    }
                }
            });
        } catch (Exception e) {
            PipelineBench.say("could not read what the topics hold on disk: %s", e);
        }
    }

    Map<String, TopicVolume> volumes() {
        return volumes;
    }

    /** Bytes each topic of the run took on the brokers' disks during it; empty when that could not be read. */
    Map<String, Long> written() {
        return written;
    }

    Map<String, Long> alertStatuses() {
        synchronized (alertStatuses) {
            return Map.copyOf(alertStatuses);
        }
    }

    long unmatchedEnriched() {
        return unmatchedEnriched;
    }

    long alertsWithoutRunArticles() {
        return alertsWithoutRunArticles;
    }

    long alertsWithoutNewEvidence() {
        return alertsWithoutNewEvidence;
    }

    String rawTopic() {
        return rawTopic;
    }

    String enrichedTopic() {
        return enrichedTopic;
    }

    String mentionsTopic() {
        return mentionsTopic;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        for (Thread thread : threads) {
            thread.join(5000);
        }
    }
}
