package io.raqib.nlp.stream;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topic;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.ByTopic;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * articles.raw → articles.enriched and topic.mentions; what cannot be read or enriched → the dead-letter topic.
 * A static function of a builder, so it is tested without a broker.
 */
public final class EnrichmentTopology {

    public static final String SERVICE = "nlp-service";

    /**
     * An article dated further ahead than this is counted now: a wrong clock or time zone at the source must not
     * place mentions in windows that have not opened yet.
     */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private EnrichmentTopology() {
    }

    public static void build(StreamsBuilder builder, String topicPrefix, Enricher enricher, Clock clock,
            DeadLetterRouting.Listener deadLetters) {
        Topic<String, RawArticle> raw = Topics.ARTICLES_RAW.withPrefix(topicPrefix);
        Topic<String, EnrichedArticle> enriched = Topics.ARTICLES_ENRICHED.withPrefix(topicPrefix);
        Topic<String, TopicMention> mentions = Topics.TOPIC_MENTIONS.withPrefix(topicPrefix);

        KStream<byte[], EnrichedArticle> articles = DeadLetterRouting.mapValuesOrDeadLetter(
                builder.stream(raw.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())), "enrich",
                bytes -> enricher.enrich(raw.valueSerde().deserializer().deserialize(raw.name(), bytes)),
                Topics.NLP_DEAD_LETTERS.withPrefix(topicPrefix), SERVICE, deadLetters);

        // The key bytes are the article id as written by ingest: passed through untouched.
        articles.to(enriched.name(), Produced.with(Serdes.ByteArray(), enriched.valueSerde()));

        articles.flatMap((key, article) -> Mentions.of(article), Named.as("mentions"))
                .processValues(() -> new AtEventTime(clock), Named.as("at-event-time"))
                // By topic, not by series: alert-service counts a topic and its places in one task, and judges them
                // there too, with no repartition between the count and the detector.
                .to(mentions.name(), Produced.with(mentions.keySerde(), mentions.valueSerde())
                        .withStreamPartitioner(new ByTopic<>()));
    }

    /** Stamps each mention with its event time, so the alert service windows on publication time. */
    static final class AtEventTime implements FixedKeyProcessor<String, TopicMention, TopicMention> {
        private final Clock clock;
        private FixedKeyProcessorContext<String, TopicMention> context;

        AtEventTime(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, TopicMention> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, TopicMention> record) {
            long latest = clock.millis() + FUTURE_TOLERANCE.toMillis();
            long eventTime = Math.min(record.value().getTime().toEpochMilli(), latest);
            context.forward(record.withTimestamp(eventTime));
        }
    }
}
