package io.raqib.alert.figures;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each article's reports on its board, and trims the board as they come: an article none of whose reports the
 * board shows any more (beyond its horizon or its cap) is deleted when the article that pushed it out is put. An
 * article delivered again (a retry, a reprocessing) replaces what it had said; one that no longer reports for a board
 * at all leaves its old reports until they age out.
 *
 * <p>Trimming at once, from each board's order in memory ({@link BoardOrder}), replaced a scan of the whole store
 * once a minute: that scan decoded every report held, a minute's new ones included, and at 750 articles/s held the
 * stream thread for about two seconds, in which the window counts fell 18,000 mentions behind.
 */
final class BoardKeeper implements Processor<byte[], ArticleFigures, Void, Void> {

    /**
     * Articles whose place on their board is held in memory, at most: about 150 bytes each, so some 3 MB a task.
     * The boards reported for last are kept; another is read back from the store when it is next reported for (at
     * most its {@code perBoard} articles).
     */
    static final int ARTICLES_IN_MEMORY = 20_000;

    private final Duration horizon;
    private final int perBoard;
    private final int articlesInMemory;
    /** Least recently reported for first. */
    private final LinkedHashMap<BoardKey, BoardOrder> orders = new LinkedHashMap<>(64, 0.75f, true);
    private int held;
    private KeyValueStore<String, ArticleFigures> reports;

    BoardKeeper(Duration horizon, int perBoard) {
        this(horizon, perBoard, ARTICLES_IN_MEMORY);
    }

    BoardKeeper(Duration horizon, int perBoard, int articlesInMemory) {
        this.horizon = horizon;
        this.perBoard = perBoard;
        this.articlesInMemory = articlesInMemory;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        reports = context.getStateStore(FiguresBoard.REPORTS_STORE);
    }

    @Override
    public void process(Record<byte[], ArticleFigures> record) {
        ArticleFigures update = record.value();
        BoardKey board = update.board();
        reports.put(FiguresBoard.storeKey(board, update.articleId()), update);
        BoardOrder order = orders.get(board);
        int before = order == null ? 0 : order.articles();
        if (order == null) {
            order = read(board); // the update included
            orders.put(board, order);
        } else {
            order.put(update);
        }
        for (String gone : order.trim(horizon, perBoard)) {
            reports.delete(FiguresBoard.storeKey(board, gone));
        }
        held += order.articles() - before;
        forgetLeastRecent();
    }

    /** Lets go of the boards reported for least recently while more articles than allowed are held. */
    private void forgetLeastRecent() {
        Iterator<BoardOrder> eldest = orders.values().iterator();
        while (held > articlesInMemory && orders.size() > 1) {
            held -= eldest.next().articles();
            eldest.remove();
        }
    }

    /** The board's order as the store holds it: after a restart, or when it fell out of memory. */
    private BoardOrder read(BoardKey board) {
        BoardOrder order = new BoardOrder();
        try (KeyValueIterator<String, ArticleFigures> stored = reports.prefixScan(FiguresBoard.boardPrefix(board),
                new StringSerializer())) {
            stored.forEachRemaining(entry -> order.put(entry.value));
        }
        return order;
    }
}
