package io.raqib.alert;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.Topic;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * topic.mentions → counts per series in event-time windows → {@link SpikeWatch}: the learned detector, or the
 * threshold while a series is new → the alerts topic, and the {@value #ALERTS_STORE} store the REST API reads.
 * The window counts ({@value #TALLY_STORE}) and what was expected of them ({@link SpikeWatch#EXPECTED_STORE}) are kept
 * for {@code history}, for the desk's charts ({@link SeriesHistory}).
 */
public final class AlertTopology {

    public static final String SERVICE = "alert-service";
    public static final String ALERTS_STORE = "alerts-store";
    static final String TALLY_STORE = "series-windows";
    /** How long window counts are kept for the series charts unless configured (raqib.alert.history). */
    public static final Duration DEFAULT_HISTORY = Duration.ofDays(7);

    private AlertTopology() {
    }

    public static void build(StreamsBuilder builder, String topicPrefix, Detector detector, ThresholdRule coldStart,
            Clock clock, DeadLetterRouting.Listener deadLetters) {
        build(builder, topicPrefix, detector, coldStart, DEFAULT_HISTORY, clock, deadLetters);
    }

    public static void build(StreamsBuilder builder, String topicPrefix, Detector detector, ThresholdRule coldStart,
            Duration history, Clock clock, DeadLetterRouting.Listener deadLetters) {
        if (history.compareTo(coldStart.window().plus(coldStart.grace())) < 0) {
            // A window must be kept at least until it can no longer change.
            throw new IllegalArgumentException("history " + history + " is shorter than a window and its grace");
        }
        Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(topicPrefix);
        Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
                alerts.keySerde(), alerts.valueSerde()).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeWatch.STATE_STORE),
                Serdes.String(), new JsonSerde<>(SeriesState.class)).withCachingDisabled());
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(SpikeWatch.EXPECTED_STORE,
                history, coldStart.window(), false), Serdes.String(), new JsonSerde<>(Expectation.class))
                .withCachingDisabled());

        DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(mentions.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())), "decode",
                        bytes -> mentions.valueSerde().deserializer().deserialize(mentions.name(), bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters)
                // Mentions arrive keyed by series; windows follow the record time, which is the publication time.
                .groupByKey(Grouped.with(Serdes.ByteArray(), mentions.valueSerde()))
                .windowedBy(TimeWindows.ofSizeAndGrace(coldStart.window(), coldStart.grace()))
                .aggregate(SeriesTally::empty, (series, mention, tally) -> tally.add(mention),
                        Materialized.<byte[], SeriesTally, WindowStore<Bytes, byte[]>>as(TALLY_STORE)
                                .withValueSerde(new JsonSerde<>(SeriesTally.class))
                                .withRetention(history)
                                // Every update must reach the rule at once: an alert within a second, not a cache flush.
                                .withCachingDisabled())
                .toStream(Named.as("tallies"))
                .process(() -> new SpikeWatch(detector, coldStart, clock), Named.as("spike-watch"),
                        SpikeWatch.STATE_STORE, ALERTS_STORE, SpikeWatch.EXPECTED_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()));

        // Analysts' actions meet their alert's state: alert.actions is keyed and partitioned like topic.mentions.
        Topic<String, AlertAction> actions = Topics.ALERT_ACTIONS.withPrefix(topicPrefix);
        DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(actions.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())),
                        "decode-action", bytes -> actions.valueSerde().deserializer().deserialize(actions.name(), bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters)
                .process(AnalystActions::new, Named.as("analyst-actions"), ALERTS_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()));
    }
}
