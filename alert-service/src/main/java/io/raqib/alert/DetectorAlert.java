package io.raqib.alert;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.raqib.alert.detect.Decision;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Series;
import io.raqib.schemas.Severity;

/** An alert as the learned detector's decision makes it: every decision of one alert shares its id. */
final class DetectorAlert {

    private DetectorAlert() {
    }

    /**
     * @param evidence the articles behind it
     * @param outlets  distinct outlets in the window decided on
     * @param now      when it is told
     */
    static Alert of(Horizon horizon, String series, Decision decision, List<AlertEvidence> evidence, int outlets,
            Instant now) {
        Series parsed = Series.parse(series);
        String topic = parsed.topic();
        String place = parsed.place();
        AlertStatus status = AlertStatus.valueOf(decision.status().name());
        return Alert.newBuilder()
                .setId(horizon.alertId(series, decision.opened()))
                .setSeries(series)
                .setTopicId(topic)
                .setPlace(place)
                .setWindowStart(decision.windowStart())
                .setWindowEnd(decision.windowStart().plus(horizon.window()))
                .setObserved(decision.observed())
                .setExpected(decision.expected())
                .setScore(decision.score())
                .setSeverity(Severity.valueOf(decision.severity().name()))
                .setStatus(status)
                .setRaisedAt(now)
                .setUpdatedAt(now)
                .setExplanation(String.format(Locale.ROOT, "%s: %d articles on %s%s in %s against %.1f expected "
                        + "(p = %.1e), from %d outlet(s)", status.name().toLowerCase(Locale.ROOT), decision.observed(),
                        topic, place == null ? "" : " at " + place, horizon.describe(), decision.expected(),
                        decision.pValue(), outlets))
                .setIndependentSources(outlets)
                .setEvidence(evidence)
                .build();
    }
}
