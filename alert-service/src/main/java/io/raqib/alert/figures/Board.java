package io.raqib.alert.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.raqib.schemas.FigureCategory;

/**
 * The figures reported for one actor and category, newest first. Bounded whatever the news: reports older than
 * {@code horizon} before the newest are dropped, and at most {@code cap} are kept. An article delivered again (a
 * retry, a reprocessing) replaces what it had said; one that no longer reports for this board at all leaves its old
 * reports until they age out.
 */
public record Board(String actor, String actorAr, FigureCategory category, List<FigureReport> reports) {

    static final Comparator<FigureReport> NEWEST_FIRST = Comparator.comparingLong(FigureReport::reportedAt).reversed()
            .thenComparing(FigureReport::articleId).thenComparing(FigureReport::text);

    public static Board empty() {
        return new Board(null, null, null, List.of());
    }

    public Board with(ArticleFigures update, Duration horizon, int cap) {
        List<FigureReport> kept = new ArrayList<>(reports.size() + update.reports().size());
        for (FigureReport report : reports) {
            if (!report.articleId().equals(update.articleId())) {
                kept.add(report);
            }
        }
        kept.addAll(update.reports());
        kept.sort(NEWEST_FIRST);
        long oldest = kept.isEmpty() ? Long.MIN_VALUE : kept.get(0).reportedAt() - horizon.toMillis();
        List<FigureReport> bounded = kept.stream().filter(r -> r.reportedAt() >= oldest).limit(cap).toList();
        return new Board(update.actor(), update.actorAr() != null ? update.actorAr() : actorAr, update.category(),
                bounded);
    }
}
