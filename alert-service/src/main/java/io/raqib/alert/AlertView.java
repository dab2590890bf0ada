package io.raqib.alert;

import java.time.Instant;
import java.util.List;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;

/** An alert as the REST API shows it: the Avro record's fields, without Avro's machinery. */
public record AlertView(String id, String series, String topic, String place, Instant windowStart, Instant windowEnd,
        long observed, double expected, double score, String severity, String status, Instant raisedAt,
        Instant updatedAt, String explanation, int independentSources, List<Evidence> evidence, String acknowledgedBy,
        String note) {

    /** An article behind the alert. */
    public record Evidence(String articleId, String title, String url, String source, List<String> phrases) {
        static Evidence of(AlertEvidence e) {
            return new Evidence(e.getArticleId(), e.getTitle(), e.getUrl(), e.getSource(), e.getPhrases());
        }
    }

    public static AlertView of(Alert a) {
        return new AlertView(a.getId(), a.getSeries(), a.getTopicId(), a.getPlace(), a.getWindowStart(),
                a.getWindowEnd(), a.getObserved(), a.getExpected(), a.getScore(), a.getSeverity().name(),
                a.getStatus().name(), a.getRaisedAt(), a.getUpdatedAt(), a.getExplanation(), a.getIndependentSources(),
                a.getEvidence().stream().map(Evidence::of).toList(), a.getAcknowledgedBy(), a.getNote());
    }
}
