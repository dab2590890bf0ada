package io.raqib.alert.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each article's reports on its board, and trims the boards now and then: an article none of whose reports
 * a board shows any more (beyond its horizon or its cap) is deleted. An article delivered again (a retry, a
 * reprocessing) replaces what it had said; one that no longer reports for a board at all leaves its old reports
 * until they age out.
 */
final class BoardKeeper implements Processor<byte[], ArticleFigures, Void, Void> {

    /** How often, in wall-clock time, the boards are trimmed: between two trims they only grow by what came in. */
    static final Duration TRIM_EVERY = Duration.ofMinutes(1);

    private final Duration horizon;
    private final int perBoard;
    private KeyValueStore<String, ArticleFigures> reports;

    BoardKeeper(Duration horizon, int perBoard) {
        this.horizon = horizon;
        this.perBoard = perBoard;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        reports = context.getStateStore(FiguresBoard.REPORTS_STORE);
        context.schedule(TRIM_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> trim());
    }

    @Override
    public void process(Record<byte[], ArticleFigures> record) {
        ArticleFigures update = record.value();
        reports.put(FiguresBoard.storeKey(update.board(), update.articleId()), update);
    }

    /** Board by board: the store is sorted by key, so a board's articles come together ({@link FiguresBoard#storeKey}). */
    void trim() {
        List<ArticleFigures> board = new ArrayList<>();
        try (KeyValueIterator<String, ArticleFigures> all = reports.all()) {
            while (all.hasNext()) {
                ArticleFigures article = all.next().value;
                if (!board.isEmpty() && !board.get(0).board().equals(article.board())) {
                    trim(board);
                    board.clear();
                }
                board.add(article);
            }
        }
        if (!board.isEmpty()) {
            trim(board);
        }
    }

    private void trim(List<ArticleFigures> articles) {
        if (articles.size() <= perBoard && !spansBeyondHorizon(articles)) {
            return;
        }
        BoardKey key = articles.get(0).board();
        Set<String> shown = new HashSet<>();
        Board.of(key, articles, horizon, perBoard).reports().forEach(report -> shown.add(report.articleId()));
        for (ArticleFigures article : articles) {
            if (!shown.contains(article.articleId())) {
                reports.delete(FiguresBoard.storeKey(key, article.articleId()));
            }
        }
    }

    private boolean spansBeyondHorizon(List<ArticleFigures> articles) {
        long newest = Long.MIN_VALUE;
        long oldest = Long.MAX_VALUE;
        for (ArticleFigures article : articles) {
            newest = Math.max(newest, article.reportedAt());
            oldest = Math.min(oldest, article.reportedAt());
        }
        return newest - oldest > horizon.toMillis();
    }
}
