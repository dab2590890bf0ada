package io.raqib.alert.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.FigureCategory;

/** The order kept in memory lets go of exactly the articles the board itself would no longer show. */
class BoardOrderTest {

    private static final BoardKey BOARD = new BoardKey("ISIS", FigureCategory.FIGHTERS);
    private static final Duration HORIZON = Duration.ofHours(30);
    private static final int CAP = 12;

    @Test
    void keepsWhatTheBoardShowsWhateverOrderTheNewsComesIn() {
        Random random = new Random(7);
        for (int run = 0; run < 50; run++) {
            BoardOrder order = new BoardOrder();
            Map<String, ArticleFigures> held = new TreeMap<>(); // the store
            for (int step = 0; step < 300; step++) {
                // Times on a coarse grid, so that ties are common; ids repeat, so that articles come again.
                long hour = random.nextInt(step / 4 + 2);
                ArticleFigures article = article("a" + random.nextInt(120), hour * 3_600_000L,
                        1 + random.nextInt(3));
                Set<String> shown = shown(held, article);
                held.put(article.articleId(), article);
                order.put(article);
                order.trim(HORIZON, CAP).forEach(held::remove);
                assertEquals(shown, held.keySet(), "run " + run + ", step " + step);
            }
        }
    }

    @Test
    void aLoneArticleStaysWhateverItsAge() {
        BoardOrder order = new BoardOrder();
        order.put(article("only", 0, CAP + 5));
        assertEquals(List.of(), order.trim(HORIZON, CAP));
    }

    /** What Board.of shows once the article is in: the ids the old trim kept. */
    private static Set<String> shown(Map<String, ArticleFigures> held, ArticleFigures added) {
        Map<String, ArticleFigures> after = new TreeMap<>(held);
        after.put(added.articleId(), added);
        return Board.of(BOARD, after.values(), HORIZON, CAP).reports().stream().map(FigureReport::articleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ArticleFigures article(String id, long reportedAt, int reports) {
        List<FigureReport> figures = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            figures.add(new FigureReport(id, "عنوان", "https://example.org/" + id, "وكالة", reportedAt, null, null,
                    null, null, "نحو " + (i + 1) + " آلاف مقاتل", 1000.0 * (i + 1), 1000.0 * (i + 1), true, false));
        }
        return new ArticleFigures("ISIS", "داعش", FigureCategory.FIGHTERS, id, figures);
    }
}
