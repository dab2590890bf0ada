package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.Await;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestTopics;

/**
 * The alert topology on the real broker with exactly_once_v2, stopped in the middle of the stream and started again
 * on the same state directory. A read_committed consumer of the alerts topic must then see, for every alert, exactly
 * the changes an uninterrupted run tells (the same input through a TopologyTestDriver): none lost, none repeated.
 * (A crash thrown inside the stream thread ended surefire's fork now and then after all tests passed; a kill -9 of
 * the packaged service under load is the chaos test of the reliability issue.)
 */
class AlertRestartIT {

    private static final int SERIES = 8;
    /** Stop once this many alert changes are committed: later ones are still to come. */
    private static final int STOP_AFTER = 8;

    private final String bootstrap = TestBroker.shared().bootstrapServers();
    private final String prefix = "restart-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    private final String applicationId = prefix + "alert";
    /** Windows of the recent past: the broker's 7-day retention must not delete the input under the test. */
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(60));

    @TempDir
    java.nio.file.Path stateDir;

    /** The wall clock, slowed down so that the stop comes half-way. */
    static final class SlowClock extends Clock {

        @Override
        public Instant instant() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** What a downstream consumer can tell apart about one change of an alert; times of day differ between runs. */
    record Change(String status, long observed, String severity, Instant windowStart) {
        static Change of(Alert alert) {
            return new Change(alert.getStatus().name(), alert.getObserved(), alert.getSeverity().name(),
                    alert.getWindowStart());
        }
    }

    @Test
    void aStopMidStreamNeitherLosesNorRepeatsAnAlertChange() throws Exception {
        List<ProducerRecord<String, TopicMention>> input = mentions();
        Map<String, List<Change>> reference = uninterrupted(input);
        int changes = reference.values().stream().mapToInt(List::size).sum();
        assertTrue(reference.size() >= SERIES && reference.values().stream().anyMatch(c -> c.size() >= 3),
                "the input makes several alerts with updates: " + reference);
        assertTrue(reference.values().stream().anyMatch(c -> c.get(c.size() - 1).status().equals("RESOLVED")),
                "and resolves: " + reference);

        TestTopics.create(bootstrap, prefix);
        produce(input);

        KafkaStreams first = streams(new SlowClock());
        first.start();
        await(() -> committedChanges().size() >= STOP_AFTER, "committed alerts");
        first.close(Duration.ofSeconds(10));
        int committedBeforeStop = committedChanges().size();
        assertTrue(committedBeforeStop >= STOP_AFTER && committedBeforeStop < changes,
                "the stop came mid-stream, after " + committedBeforeStop + " of " + changes + " alert changes");

        KafkaStreams second = streams(Clock.systemUTC());
        second.start();
        await(() -> committedChanges().size() >= changes, "every alert change");
        Thread.sleep(2000); // anything repeated would be committed by now
        second.close(Duration.ofSeconds(10));

        Map<String, List<Change>> seen = new LinkedHashMap<>();
        committedChanges().forEach(alert -> seen.computeIfAbsent(alert.getId(), id -> new ArrayList<>())
                .add(Change.of(alert)));
        assertEquals(reference.keySet(), seen.keySet(), "the same alerts");
        reference.forEach((id, expected) -> assertEquals(expected, seen.get(id), "the changes of alert " + id));
    }

    /**
     * Per series: 36 quiet hours (an article every other hour, more than the detector's shortened warm-up), a spike
     * over two hours that opens an alert and updates it as it grows, then quiet hours that resolve it. In time order
     * across the series, as nlp-service would write them.
     */
    private List<ProducerRecord<String, TopicMention>> mentions() {
        Topic<String, TopicMention> topic = Topics.TOPIC_MENTIONS.withPrefix(prefix);
        List<TopicMention> all = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            String series = "restart_topic_" + s;
            for (int hour = 0; hour < 36; hour += 2) {
                all.add(mention(series, "q" + hour, start.plus(Duration.ofHours(hour)).plusSeconds(60 + s), hour));
            }
            for (int i = 0; i < 14 + 2 * s; i++) {
                all.add(mention(series, "spike" + i, start.plus(Duration.ofHours(36)).plusSeconds(120 + 60L * i + s), i));
            }
            for (int i = 0; i < 6; i++) {
                all.add(mention(series, "more" + i, start.plus(Duration.ofHours(37)).plusSeconds(120 + 60L * i + s), i));
            }
            for (int hour = 38; hour < 44; hour++) {
                all.add(mention(series, "after" + hour, start.plus(Duration.ofHours(hour)).plusSeconds(60 + s), hour));
            }
        }
        all.sort(Comparator.comparing(TopicMention::getTime));
        return all.stream().map(m -> new ProducerRecord<>(topic.name(), null, m.getTime().toEpochMilli(),
                m.getTopicId(), m)).toList();
    }

    private static TopicMention mention(String series, String article, Instant time, int outlet) {
        return Fixtures.mention(series + "-" + article, series, null, time, "outlet " + (outlet % 5));
    }

    private AlertSettings settings() {
        // A day of warm-up instead of a week, so that two days of input exercise the learned detector, by the hour
        // and by the day as the service runs; the quiet check is left to the TopologyTestDriver tests (its wall clock
        // would resolve alerts at a moment of its own).
        return AlertSettings.of(DetectorConfig.defaults().withWarmup(24),
                new ThresholdRule(3, Duration.ofHours(1), Duration.ofMinutes(10)))
                .withHorizons(List.of(Duration.ofHours(1), Duration.ofDays(1)))
                .withQuietCheck(Duration.ofDays(1));
    }

    /** The changes of each alert when nothing stops, in the order they are told. */
    private Map<String, List<Change>> uninterrupted(List<ProducerRecord<String, TopicMention>> input) {
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, prefix, settings(), Clock.systemUTC(), reason -> { });
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "reference");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(prefix);
            var in = driver.createInputTopic(mentions.name(), mentions.keySerde().serializer(),
                    mentions.valueSerde().serializer());
            input.forEach(r -> in.pipeInput(r.key(), r.value(), r.timestamp()));
            Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(prefix);
            driver.createOutputTopic(alerts.name(), alerts.keySerde().deserializer(), alerts.valueSerde().deserializer())
                    .readValuesToList().forEach(alert -> changes.computeIfAbsent(alert.getId(), id -> new ArrayList<>())
                            .add(Change.of(alert)));
        }
        return changes;
    }

    private KafkaStreams streams(Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, prefix, settings(), clock, reason -> { });
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // Compared change by change with the driver's run, which flushes its record caches after every record: no
        // cache may collapse a series' updates here (the service's does, CollapsedUpdatesTest). The restart is what
        // this test is about.
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Small polls: a stream thread finishes the records of its poll before it stops.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 10);
        // The stopped member is not waited for longer than the broker's minimum session.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        KafkaStreams streams = new KafkaStreams(builder.build(), config);
        streams.setUncaughtExceptionHandler(
                e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        return streams;
    }

    private void produce(List<ProducerRecord<String, TopicMention>> input) {
        Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(prefix);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
                // One batch in flight: on topics this new, retries of several batches can stall in out-of-order
                // sequence errors on the single test broker.
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        try (var producer = new KafkaProducer<>(config, mentions.keySerde().serializer(),
                mentions.valueSerde().serializer())) {
            input.forEach(producer::send);
            producer.flush();
        }
    }

    /**
     * Every alert change on the alerts topic, as a read_committed consumer sees the whole topic now. The topic is
     * compacted, but its active segment is not: during the test every change stays.
     */
    private List<Alert> committedChanges() {
        Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(prefix);
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Alert> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, Serdes.String().deserializer(),
                alerts.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(alerts.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read_committed end offsets are the last stable offsets: everything committed so far.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.value()));
            }
        }
        return seen;
    }


    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Await.until(condition, what, Duration.ofSeconds(120));
    }
}
