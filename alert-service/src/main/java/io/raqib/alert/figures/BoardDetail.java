package io.raqib.alert.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One board's reports since a time, grouped by source so that what each source says stands side by side: the
 * sources whose latest report is newest come first, and each source's reports are newest first.
 *
 * @param conflicting whether the sources' latest estimates contradict each other (see {@link Estimate})
 */
public record BoardDetail(String actor, String actorAr, String category, Instant since, int reports,
        boolean conflicting, List<Source> sources) {

    /** What one source said, newest first. */
    public record Source(String source, String sourceAr, ReportView latest, List<ReportView> reports) {
    }

    static BoardDetail of(Board board, BoardKey key, Instant since) {
        Map<String, List<FigureReport>> bySource = new LinkedHashMap<>();
        int count = 0;
        for (FigureReport report : board.reports()) { // newest first, so the groups are too
            if (report.reportedAt() >= since.toEpochMilli()) {
                bySource.computeIfAbsent(FigureReport.sourceOf(report), s -> new ArrayList<>()).add(report);
                count++;
            }
        }
        List<Source> sources = new ArrayList<>();
        List<FigureReport> latest = new ArrayList<>();
        bySource.forEach((source, reports) -> {
            latest.add(reports.get(0));
            // A speaker has the gazetteer's Arabic label; an outlet is already named as it names itself.
            String sourceAr = reports.get(0).speaker() != null ? reports.get(0).speakerAr() : null;
            sources.add(new Source(source, sourceAr, ReportView.of(reports.get(0)),
                    reports.stream().map(ReportView::of).toList()));
        });
        return new BoardDetail(key.actorToken(), board.actorAr(), key.category().name(), since, count,
                Estimate.anyContradiction(latest), sources);
    }
}
