package io.raqib.alert.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import io.raqib.alert.ArticleFiguresSerde;
import io.raqib.schemas.FigureCategory;

/** A board whose order was let go from memory is read back from the store and trimmed as if it had stayed. */
class BoardKeeperTest {

    private static final Duration HORIZON = Duration.ofDays(2);
    private static final int PER_BOARD = 5;

    @Test
    void boardsReadBackFromTheStoreAreTrimmedAsIfTheyHadStayedInMemory() {
        Keeper remembering = new Keeper(Integer.MAX_VALUE);
        Keeper forgetful = new Keeper(8); // a board or two at a time
        Random random = new Random(11);
        List<String> actors = List.of("ISIS", "SDF", "PKK", "Hezbollah", "Iraqi Army", "PMF");
        for (int step = 0; step < 2_000; step++) {
            ArticleFigures article = article(actors.get(random.nextInt(actors.size())), "a" + random.nextInt(400),
                    random.nextInt(step / 5 + 2) * 3_600_000L, 1 + random.nextInt(2));
            remembering.put(article);
            forgetful.put(article);
            assertEquals(remembering.keys(), forgetful.keys(), "step " + step);
        }
    }

    /** A keeper on an in-memory store. */
    private static final class Keeper {

        private final BoardKeeper keeper;
        private final KeyValueStore<String, ArticleFigures> store;

        Keeper(int articlesInMemory) {
            MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
            store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(FiguresBoard.REPORTS_STORE),
                    Serdes.String(), new ArticleFiguresSerde()).withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            keeper = new BoardKeeper(HORIZON, PER_BOARD, articlesInMemory);
            keeper.init(context);
        }

        void put(ArticleFigures article) {
            keeper.process(new Record<>(new byte[0], article, 0L));
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining(entry -> keys.add(entry.key));
            }
            return keys;
        }
    }

    private static ArticleFigures article(String actor, String id, long reportedAt, int reports) {
        List<FigureReport> figures = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            figures.add(new FigureReport(id, "عنوان", "https://example.org/" + id, "وكالة", reportedAt, null, null,
                    null, null, "نحو " + (i + 1) + " آلاف مقاتل", 1000.0 * (i + 1), 1000.0 * (i + 1), true, false));
        }
        return new ArticleFigures(actor, null, FigureCategory.FIGHTERS, id, figures);
    }
}
