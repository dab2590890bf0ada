package io.raqib.alert.figures;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A board at a glance: its latest report, how many reports and distinct sources, the lowest and highest value
 * anyone gave, and whether the sources' latest estimates contradict each other.
 *
 * @param actor the canonical actor, or {@value BoardKey#NO_ACTOR} when none is named; with {@code category} it is
 *              the board's path in the API
 */
public record BoardSummary(String actor, String actorAr, String category, ReportView latest, int reports, int sources,
        Double min, Double max, boolean conflicting) {

    /** The summary of the reports since {@code since}; null when there are none. */
    static BoardSummary of(Board board, BoardKey key, Instant since) {
        List<FigureReport> recent = board.reports().stream()
                .filter(r -> r.reportedAt() >= since.toEpochMilli()).toList();
        if (recent.isEmpty()) {
            return null;
        }
        Set<String> sources = new HashSet<>();
        Map<String, FigureReport> latestBySource = new LinkedHashMap<>();
        Double min = null;
        Double max = null;
        for (FigureReport r : recent) {
            sources.add(FigureReport.sourceOf(r));
            latestBySource.putIfAbsent(FigureReport.sourceOf(r), r);
            Double lowest = r.low() != null ? r.low() : r.high();
            Double highest = r.high() != null ? r.high() : r.low();
            min = min == null || lowest < min ? lowest : min;
            max = max == null || highest > max ? highest : max;
        }
        return new BoardSummary(key.actorToken(), board.actorAr(), key.category().name(), ReportView.of(recent.get(0)),
                recent.size(), sources.size(), min, max,
                Estimate.anyContradiction(List.copyOf(latestBySource.values())));
    }
}
