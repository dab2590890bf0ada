package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * topic.mentions → counts per series in event-time windows → an alert when a series crosses its threshold →
 * the alerts topic, and the {@value #ALERTS_STORE} store the REST API reads.
 */
public final class AlertTopology {

    public static final String SERVICE = "alert-service";
    public static final String ALERTS_STORE = "alerts-store";
    static final String TALLY_STORE = "series-windows";

    private AlertTopology() {
    }

    public static void build(StreamsBuilder builder, String topicPrefix, ThresholdRule rule, Clock clock,
            DeadLetterRouting.Listener deadLetters) {
        Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(topicPrefix);
        Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERTS_STORE),
                alerts.keySerde(), alerts.valueSerde()).withCachingDisabled());

        DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(mentions.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())), "decode",
                        bytes -> mentions.valueSerde().deserializer().deserialize(mentions.name(), bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters)
                // Mentions arrive keyed by series; windows follow the record time, which is the publication time.
                .groupByKey(Grouped.with(Serdes.ByteArray(), mentions.valueSerde()))
                .windowedBy(TimeWindows.ofSizeAndGrace(rule.window(), rule.grace()))
                .aggregate(SeriesTally::empty, (series, mention, tally) -> tally.add(mention),
                        Materialized.<byte[], SeriesTally, WindowStore<Bytes, byte[]>>as(TALLY_STORE)
                                .withValueSerde(new JsonSerde<>(SeriesTally.class))
                                // Every update must reach the rule at once: an alert within a second, not a cache flush.
                                .withCachingDisabled())
                .toStream(Named.as("tallies"))
                .filter((window, tally) -> rule.fires(tally), Named.as("crossing-threshold"))
                .map((window, tally) -> {
                    String series = new String(window.key(), StandardCharsets.UTF_8);
                    Alert alert = rule.alert(series, window.window().startTime(), tally, Instant.now(clock));
                    return KeyValue.pair(alert.getId(), alert);
                }, Named.as("alert"))
                // Kept where the REST API reads it; no repartition needed, an alert is read where it was raised.
                .processValues(() -> new Remember(), Named.as("remember"), ALERTS_STORE)
                .to(alerts.name(), Produced.with(alerts.keySerde(), alerts.valueSerde()));
    }

    /** Puts each alert into the store the REST API reads, then passes it on. */
    static final class Remember implements FixedKeyProcessor<String, Alert, Alert> {
        private FixedKeyProcessorContext<String, Alert> context;
        private KeyValueStore<String, Alert> store;

        @Override
        public void init(FixedKeyProcessorContext<String, Alert> context) {
            this.context = context;
            this.store = context.getStateStore(ALERTS_STORE);
        }

        @Override
        public void process(FixedKeyRecord<String, Alert> record) {
            store.put(record.key(), record.value());
            context.forward(record);
        }
    }
}
