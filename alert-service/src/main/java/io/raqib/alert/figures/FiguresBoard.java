package io.raqib.alert.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;

import io.raqib.alert.AlertTopology;
import io.raqib.alert.ArticleFiguresSerde;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.DeadLetterRouting;

/**
 * articles.enriched (only the fields the board shows: {@link ArticleFigures#READER}) → each article's figures,
 * re-keyed by board (actor × category) → the {@value #REPORTS_STORE} store the figures API reads: who said how many,
 * where and when. Records that cannot be decoded go to the service's dead-letter topic, as the mentions do.
 *
 * <p>The store holds what each article said on each board, under {@code actor|CATEGORY|articleId}, and a board is put
 * together when it is read ({@link #board}). Keeping the board as one value instead meant reading and writing all of
 * its reports (up to {@code perBoard}, with titles and URLs) for every article that added one: half of the service's
 * CPU at 200 articles/s, and as many bytes on the store's changelog. {@link BoardKeeper} trims what a board no
 * longer shows.
 *
 * <p>A board's reports stay on the partitions of their articles: a board is put together from every local partition
 * when it is read, as the API reads the store anyway. Re-keying each report to its board's partition instead sent
 * every report through a repartition topic, as many bytes again as the changelog, and it cost the broker and the
 * service more than the store itself (2.5 reports an article in the bench's feed). Each partition keeps a board's
 * newest {@code perBoard} reports within the horizon, so together they hold every report the board shows.
 */
public final class FiguresBoard {

    public static final String REPORTS_STORE = "figures-reports";

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
        ArticleFiguresSerde serde = new ArticleFiguresSerde();
        // Not cached: every entry is an article's own (a cache would collapse no writes), and 2.5 new ones an article
        // filled the thread's record cache, which the window counts need, and made every lookup in it slower.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REPORTS_STORE),
                Serdes.String(), serde).withCachingDisabled());
        String enriched = Topics.ARTICLES_ENRICHED.withPrefix(topicPrefix).name();
        DeadLetterRouting.mapValuesOrDeadLetter(
                        builder.stream(enriched, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())),
                        "decode-enriched",
                        bytes -> ArticleFigures.READER.decode(enriched, bytes),
                        Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix), AlertTopology.SERVICE, deadLetters)
                // Kept on the article's partition, not re-keyed to the board's: see the class comment.
                .flatMapValues(ArticleFigures::of, Named.as("figures-of-article"))
                .process(() -> new BoardKeeper(horizon, perBoard), Named.as("figures-board"), REPORTS_STORE);
    }

    /** Where an article's reports on a board are kept: canonical actors hold no '|', and categories are names. */
    static String storeKey(BoardKey board, String articleId) {
        return boardPrefix(board) + articleId;
    }

    static String boardPrefix(BoardKey board) {
        return board.key() + "|";
    }

    /** One board as the store holds it now; null when nothing was reported for it. */
    public static Board board(ReadOnlyKeyValueStore<String, ArticleFigures> store, BoardKey key, Duration horizon,
            int perBoard) {
        Map<String, ArticleFigures> articles = new LinkedHashMap<>();
        try (KeyValueIterator<String, ArticleFigures> reports = store.prefixScan(boardPrefix(key),
                new StringSerializer())) {
            reports.forEachRemaining(entry -> once(articles, entry.value));
        }
        return Board.of(key, articles.values(), horizon, perBoard);
    }

    /** Every board the store holds. */
    public static List<Board> boards(ReadOnlyKeyValueStore<String, ArticleFigures> store, Duration horizon,
            int perBoard) {
        // Grouped by board, not by order: the API's store spans the local partitions, one after the other.
        Map<BoardKey, Map<String, ArticleFigures>> byBoard = new HashMap<>();
        try (KeyValueIterator<String, ArticleFigures> all = store.all()) {
            all.forEachRemaining(entry -> once(byBoard.computeIfAbsent(entry.value.board(), k -> new LinkedHashMap<>()),
                    entry.value));
        }
        List<Board> boards = new ArrayList<>(byBoard.size());
        byBoard.forEach((key, articles) -> boards.add(Board.of(key, articles.values(), horizon, perBoard)));
        return boards;
    }

    /**
     * An article counts once on a board even when two partitions hold it: releases before this one kept a board on
     * its own partition, so an article delivered again after an upgrade lands beside its old copy. The later report
     * wins, as a delivery again replaces what was said.
     */
    private static void once(Map<String, ArticleFigures> board, ArticleFigures article) {
        board.merge(article.articleId(), article,
                (kept, other) -> other.reportedAt() > kept.reportedAt() ? other : kept);
    }
}
