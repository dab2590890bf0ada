package io.raqib.schemas;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline, in one place. Services add the environment prefix from
 * {@code raqib.topic-prefix} with {@link Topic#withPrefix(String)}.
 */
public final class Topics {

    private static final Serde<String> KEY = Serdes.String();

    /** Articles as ingested, keyed by article id. */
    public static final Topic<String, RawArticle> ARTICLES_RAW = new Topic<>("articles.raw", KEY,
            AvroSerde.of(RawArticle.class), 6, retention(Duration.ofDays(7)));

    /** Articles with entities, figures and topics, keyed by article id. Kept longer: downstream consumers replay it. */
    public static final Topic<String, EnrichedArticle> ARTICLES_ENRICHED = new Topic<>("articles.enriched", KEY,
            AvroSerde.of(EnrichedArticle.class), 6, retention(Duration.ofDays(30)));

    /**
     * One record per article × topic (× place), keyed by series ({@code topic} or {@code topic@place}) and partitioned
     * by its topic ({@link io.raqib.schemas.streams.ByTopic}): a topic and its places are counted in one task.
     */
    public static final Topic<String, TopicMention> TOPIC_MENTIONS = new Topic<>("topic.mentions", KEY,
            AvroSerde.of(TopicMention.class), 6, retention(Duration.ofDays(7)));

    /** Alerts keyed by alert id; every update of an alert replaces the last, so the topic is compacted. */
    public static final Topic<String, Alert> ALERTS = new Topic<>("alerts", KEY, AvroSerde.of(Alert.class), 3,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** Analysts' acknowledgements and resolutions, keyed by series; alert-service partitions them like topic.mentions. */
    public static final Topic<String, AlertAction> ALERT_ACTIONS = new Topic<>("alert.actions", KEY,
            AvroSerde.of(AlertAction.class), 6, retention(Duration.ofDays(90)));

    /**
     * What ingest remembers to recognise duplicates (one record per recent article, id → dedup state), compacted, so
     * a restarted ingest does not publish the last two days again. Internal to ingest-service.
     */
    public static final Topic<String, byte[]> INGEST_DEDUP = new Topic<>("ingest.dedup", KEY, Serdes.ByteArray(), 3,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /** Records nlp-service could not process, as they arrived, with the reason in headers ({@link DeadLetters}). */
    public static final Topic<byte[], byte[]> NLP_DEAD_LETTERS = deadLetters("deadletter.nlp-service");

    /** Records alert-service could not process. */
    public static final Topic<byte[], byte[]> ALERT_DEAD_LETTERS = deadLetters("deadletter.alert-service");

    private Topics() {
    }

    public static List<Topic<?, ?>> all() {
        return List.of(ARTICLES_RAW, ARTICLES_ENRICHED, TOPIC_MENTIONS, ALERTS, ALERT_ACTIONS, INGEST_DEDUP,
                NLP_DEAD_LETTERS, ALERT_DEAD_LETTERS);
    }

    private static Topic<byte[], byte[]> deadLetters(String name) {
        return new Topic<>(name, Serdes.ByteArray(), Serdes.ByteArray(), 1, retention(Duration.ofDays(30)));
    }

    private static Map<String, String> retention(Duration retention) {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
    }
}
