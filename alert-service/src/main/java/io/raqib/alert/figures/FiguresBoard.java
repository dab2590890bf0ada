package io.raqib.alert.figures;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

import io.raqib.alert.AlertTopology;
import io.raqib.alert.JsonSerde;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * articles.enriched → each article's figures, re-keyed by board (actor × category) → the {@value #BOARDS_STORE}
 * store the figures API reads: who said how many, where and when. Records that cannot be decoded go to the
 * service's dead-letter topic, as the mentions do.
 */
public final class FiguresBoard {

    public static final String BOARDS_STORE = "figures-boards";

    private FiguresBoard() {
    }

    /**
     * @param horizon  reports older than this before a board's newest are dropped
     * @param perBoard at most this many reports are kept per board, the newest
     */
    public static void build(StreamsBuilder builder, String topicPrefix, Duration horizon, int perBoard,
            DeadLetterRouting.Listener deadLetters) {
        if (horizon.isNegative() || horizon.isZero() || perBoard < 1) {
            throw new IllegalArgumentException("a board needs a positive horizon and room for a report");
        }
        Topic<String, EnrichedArticle> enriched = Topics.ARTICLES_ENRICHED.withPrefix(topicPrefix);
        DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(enriched.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())),
                        "decode-enriched",
                        bytes -> enriched.valueSerde().deserializer().deserialize(enriched.name(), bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), AlertTopology.SERVICE, deadLetters)
                // Articles are keyed by id; a board gathers many articles, so it must live on one partition.
                .flatMap((id, article) -> ArticleFigures.of(article).stream()
                                .map(update -> KeyValue.pair(update.board().key(), update)).toList(),
                        Named.as("figures-of-article"))
                .groupByKey(Grouped.with("figures-by-board", Serdes.String(), new JsonSerde<>(ArticleFigures.class)))
                .aggregate(Board::empty, (key, update, board) -> board.with(update, horizon, perBoard),
                        Named.as("figures-board"),
                        Materialized.<String, Board, KeyValueStore<Bytes, byte[]>>as(BOARDS_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(new JsonSerde<>(Board.class)));
    }
}
