package io.raqib.alert.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.raqib.schemas.FigureCategory;

/**
 * The figures reported for one actor and category, newest first: what the articles that reported for the board said,
 * put together when it is read ({@link FiguresBoard}). Bounded whatever the news: reports older than
 * {@code horizon} before the newest are left out, and at most {@code cap} are shown.
 */
public record Board(String actor, String actorAr, FigureCategory category, List<FigureReport> reports) {

    static final Comparator<FigureReport> NEWEST_FIRST = Comparator.comparingLong(FigureReport::reportedAt).reversed()
            .thenComparing(FigureReport::articleId).thenComparing(FigureReport::text);

    /** The board of {@code key} from its articles' reports; null when none of them reported for it. */
    public static Board of(BoardKey key, Collection<ArticleFigures> articles, Duration horizon, int cap) {
        List<FigureReport> all = new ArrayList<>();
        ArticleFigures newest = null;
        for (ArticleFigures article : articles) {
            all.addAll(article.reports());
            if (article.actorAr() != null && (newest == null || article.reportedAt() > newest.reportedAt())) {
                newest = article;
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        all.sort(NEWEST_FIRST);
        long oldest = all.get(0).reportedAt() - horizon.toMillis();
        List<FigureReport> bounded = all.stream().filter(r -> r.reportedAt() >= oldest).limit(cap).toList();
        return new Board(key.actor(), newest == null ? null : newest.actorAr(), key.category(), bounded);
    }
}
