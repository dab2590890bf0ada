package io.raqib.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;

/**
 * An alert as the REST API shows it: the Avro record's fields, without Avro's machinery; {@code window} is the length
 * of its windows (PT1H, PT24H). {@code places} is there only when alerts are listed as incidents
 * ({@code GET /api/alerts?grouped=true}): the place alerts grouped under a topic's alert.
 */
public record AlertView(String id, String series, String topic, String place, Instant windowStart, Instant windowEnd,
        long observed, double expected, double score, String severity, String status, Instant raisedAt,
        Instant updatedAt, String explanation, int independentSources, List<Evidence> evidence, String acknowledgedBy,
        String note, String window, String parentId, List<String> placeAlertIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AlertView> places) {

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
                a.getEvidence().stream().map(Evidence::of).toList(), a.getAcknowledgedBy(), a.getNote(),
                Duration.between(a.getWindowStart(), a.getWindowEnd()).toString(), a.getParentId(),
                List.copyOf(a.getPlaceAlertIds()), null);
    }

    /** The same alert with the place alerts of its incident nested. */
    public AlertView withPlaces(List<AlertView> nested) {
        return new AlertView(id, series, topic, place, windowStart, windowEnd, observed, expected, score, severity,
                status, raisedAt, updatedAt, explanation, independentSources, evidence, acknowledgedBy, note, window,
                parentId, placeAlertIds, List.copyOf(nested));
    }
}
