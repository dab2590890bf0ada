package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.alert.detect.Detector;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.Topic;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.ByTopic;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * topic.mentions → counts per series in event-time windows, one count per horizon (an hour, a day) → {@link SpikeWatch}
 * per horizon: the learned detector, or the threshold while a series is new → the alerts topic, and the
 * {@value #ALERTS_STORE} store the REST API reads. Analysts' actions on alert.actions meet the same store. The window
 * counts ({@value #TALLY_STORE}) and what was expected of them ({@link SpikeWatch#EXPECTED_STORE}) are kept for
 * {@code history}, for the desk's charts ({@link SeriesHistory}).
 *
 * <p>topic.mentions is partitioned by topic ({@link ByTopic}), so a series is counted and judged in one task, where a
 * topic and its places meet ({@link Incidents}), and where the mentions of a series arrive in order: a count goes to
 * its detector in the same transaction, with no repartition topic between them (one commit interval less on the way
 * to an alert). A mention found on another partition crosses to its own first ({@link OnTopicPartition}).
 */
public final class AlertTopology {

    public static final String SERVICE = "alert-service";
    public static final String ALERTS_STORE = "alerts-store";
    static final String TALLY_STORE = "series-windows";
    /**
     * Partitions of the topics the watchers read (topic.mentions, and the actions and stray mentions re-partitioned by
     * topic): the same for all, so an action meets its alert, and as many as topic.mentions has.
     */
    static final int WATCH_PARTITIONS = Topics.TOPIC_MENTIONS.partitions();

    private AlertTopology() {
    }

    public static void build(StreamsBuilder builder, String topicPrefix, Detector detector, ThresholdRule coldStart,
            Clock clock, DeadLetterRouting.Listener deadLetters) {
        build(builder, topicPrefix, AlertSettings.of(detector.config(), coldStart), clock, deadLetters);
    }

    public static void build(StreamsBuilder builder, String topicPrefix, Detector detector, ThresholdRule coldStart,
            Duration history, Clock clock, DeadLetterRouting.Listener deadLetters) {
        build(builder, topicPrefix, AlertSettings.of(detector.config(), coldStart).withHistory(history), clock,
                deadLetters);
    }

    public static void build(StreamsBuilder builder, String topicPrefix, AlertSettings settings, Clock clock,
            DeadLetterRouting.Listener deadLetters) {
        Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        builder.addStateStore(alertsStore(alerts));
        // What the counts take from a mention, taken once for every horizon.
        KStream<byte[], MentionDigest> mentions = mentions(builder, topicPrefix, deadLetters)
                .mapValues(MentionDigest::of, Named.as("mention-digests"));
        for (Horizon horizon : Horizon.of(settings)) {
            seriesStores(horizon, settings.history()).forEach(builder::addStateStore);
            observations(mentions, horizon, settings)
                    .process(() -> new SpikeWatch(horizon, settings, clock), Named.as(horizon.name("spike-watch")),
                            horizon.stateStore(), ALERTS_STORE, horizon.expectedStore())
                    .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()));
        }
        actions(builder, topicPrefix, deadLetters)
                .process(AnalystActions::new, Named.as("analyst-actions"), ALERTS_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()));
    }

    /**
     * topic.mentions, decoded, each on its topic's partition; what cannot be read goes to the dead letters, named
     * where it was found. Keyed by series. A mention written to another partition than its topic's (by a release that
     * partitioned by series, or by another producer) crosses a repartition topic to it; from nlp-service none does.
     */
    private static KStream<byte[], TopicMention> mentions(StreamsBuilder builder, String topicPrefix,
            DeadLetterRouting.Listener deadLetters) {
        Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(topicPrefix);
        KStream<byte[], TopicMention> decoded = DeadLetterRouting.mapValuesOrDeadLetter(
                builder.stream(mentions.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())), "decode",
                bytes -> mentions.valueSerde().deserializer().deserialize(mentions.name(), bytes),
                Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters);
        KStream<byte[], TopicMention> strays = decoded
                .processValues(() -> OnTopicPartition.<TopicMention>strays(WATCH_PARTITIONS),
                        Named.as("mentions-off-topic"))
                .repartition(Repartitioned.with(Serdes.ByteArray(), mentions.valueSerde())
                        .withName("mentions-by-topic")
                        .withStreamPartitioner(ByTopic.ofKeyBytes())
                        .withNumberOfPartitions(WATCH_PARTITIONS));
        return decoded
                .processValues(() -> OnTopicPartition.<TopicMention>placed(WATCH_PARTITIONS),
                        Named.as("mentions-on-topic"))
                .merge(strays, Named.as("mentions-placed"));
    }

    /** The alerts as the REST API reads them, written with the alerts topic ({@link AlertBook}). */
    static StoreBuilder<KeyValueStore<String, Alert>> alertsStore(Topic<String, Alert> alerts) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE), alerts.keySerde(),
                alerts.valueSerde()).withCachingDisabled();
    }

    /**
     * What SpikeWatch keeps per series in a horizon: the detector's state, and what it expected of each window. Cached
     * like the counts, so a series observed again before the commit is read from memory and written to its changelog
     * once; alerts are forwarded as they are told, not when the cache flushes.
     */
    static List<StoreBuilder<?>> seriesStores(Horizon horizon, Duration history) {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(horizon.stateStore()), Serdes.String(),
                        new SeriesStateSerde()).withCachingEnabled(),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(horizon.expectedStore(), history,
                        horizon.window(), false), Serdes.String(), new ExpectationSerde()).withCachingEnabled());
    }

    /**
     * The updates of a series' count in the horizon's windows, keyed by series: the latest as of every commit, not
     * every mention. Windows follow the record time, which is the publication time.
     */
    private static KStream<String, Observation> observations(KStream<byte[], MentionDigest> mentions,
            Horizon horizon, AlertSettings settings) {
        return mentions
                // No value serde: grouped by the key they came with, the mentions cross no topic.
                .groupByKey(Grouped.with(Serdes.ByteArray(), null))
                .windowedBy(TimeWindows.ofSizeAndGrace(horizon.window(), settings.coldStart().grace()))
                .aggregate(SeriesTally::empty, (series, mention, tally) -> tally.add(mention),
                        Materialized.<byte[], SeriesTally, WindowStore<Bytes, byte[]>>as(horizon.tallyStore())
                                .withValueSerde(new TallySerde())
                                .withRetention(settings.history())
                                // Cached: a busy series' mentions within a commit interval (250 ms) collapse into one
                                // changelog write, one observation and one detector step. The alert still comes within
                                // a second; the threshold fires on crossing, not on an exact count (SpikeWatch).
                                .withCachingEnabled())
                .toStream(Named.as(horizon.name("tallies")))
                .map((window, tally) -> KeyValue.pair(new String(window.key(), StandardCharsets.UTF_8),
                        Observation.of(window, tally)), Named.as(horizon.name("observations")));
    }

    /** Analysts' actions, decoded, keyed by the series of their alert and partitioned by topic like the alerts. */
    private static KStream<String, AlertAction> actions(StreamsBuilder builder, String topicPrefix,
            DeadLetterRouting.Listener deadLetters) {
        Topic<String, AlertAction> actions = Topics.ALERT_ACTIONS.withPrefix(topicPrefix);
        return DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(actions.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())),
                        "decode-action", bytes -> actions.valueSerde().deserializer().deserialize(actions.name(), bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters)
                .selectKey((key, action) -> action.getSeries(), Named.as("action-series"))
                .repartition(Repartitioned.with(Serdes.String(), actions.valueSerde())
                        .withName("actions-by-topic")
                        .withStreamPartitioner(new ByTopic<>())
                        .withNumberOfPartitions(WATCH_PARTITIONS));
    }
}
