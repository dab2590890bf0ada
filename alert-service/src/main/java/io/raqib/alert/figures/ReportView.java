package io.raqib.alert.figures;

import java.time.Instant;

/** A reported figure as the API shows it; {@code source} is who the estimate is from (the speaker, or the outlet). */
public record ReportView(String articleId, String title, String url, String outlet, Instant reportedAt,
        String source, String speaker, String speakerAr, String place, String placeAr, String text, Double low,
        Double high, boolean approximate, boolean vague) {

    static ReportView of(FigureReport r) {
        return new ReportView(r.articleId(), r.title(), r.url(), r.outlet(), Instant.ofEpochMilli(r.reportedAt()),
                FigureReport.sourceOf(r), r.speaker(), r.speakerAr(), r.place(), r.placeAr(), r.text(), r.low(),
                r.high(), r.approximate(), r.vague());
    }
}
