package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.raqib.schemas.Alert;
import io.raqib.schemas.Series;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

/**
 * The rule for a series the detector has not learned yet (its first week): an alert when its count in a window
 * reaches a fixed threshold, once per window; a series that stays over it window after window keeps one alert,
 * updated each window ({@link #continued}). Also defines the windows every series is counted in, and alert ids.
 */
public record ThresholdRule(long threshold, Duration window, Duration grace) {

    /**
     * Whether the window's count crossed the threshold since it was {@code countBefore}: one alert per series and
     * window, at the update that crosses it, not one per further mention. An update may add several articles at
     * once, so the count it fires with may be past the threshold.
     */
    public boolean fires(Observation observation, long countBefore) {
        return countBefore < threshold && observation.count() >= threshold;
    }

    public Alert alert(String series, Instant windowStart, Observation observation, Instant now) {
        Series parsed = Series.parse(series);
        String topic = parsed.topic();
        String place = parsed.place();
        int outlets = observation.outlets();
        return Alert.newBuilder()
                .setId(id(series, windowStart))
                .setSeries(series)
                .setTopicId(topic)
                .setPlace(place)
                .setWindowStart(windowStart)
                .setWindowEnd(windowStart.plus(window))
                .setObserved(observation.count())
                .setExpected(0)
                .setScore((double) observation.count() / threshold)
                .setSeverity(outlets >= 3 ? Severity.MEDIUM : Severity.LOW)
                .setStatus(AlertStatus.OPEN)
                .setRaisedAt(now)
                .setUpdatedAt(now)
                .setExplanation(observation.count() + " articles on " + topic + (place == null ? "" : " at " + place)
                        + " within " + window.toMinutes() + " min, from " + outlets + " outlet(s); threshold "
                        + threshold)
                .setIndependentSources(outlets)
                .setEvidence(observation.alertEvidence())
                .build();
    }

    /**
     * The alert of a surge that is still over the threshold in a later window: the same alert (id, and what the desk
     * said of it, the highest severity it reached), now about that window, so that it stays open while the surge
     * lasts and resolves after it.
     */
    public Alert continued(Alert surge, Instant windowStart, Observation observation, Instant now) {
        Alert alert = alert(surge.getSeries(), windowStart, observation, now);
        alert.setId(surge.getId());
        alert.setStatus(AlertStatus.UPDATED);
        if (surge.getSeverity().compareTo(alert.getSeverity()) > 0) {
            alert.setSeverity(surge.getSeverity()); // the highest it reached, as the detector's alerts keep it
        }
        alert.setExplanation(alert.getExplanation()
                + "; crossed again, window after window, since the alert was raised at " + surge.getRaisedAt());
        return alert;
    }

    /** Stable: the same series and window give the same id, so a replay overwrites instead of duplicating. */
    static String id(String series, Instant windowStart) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((series + "|" + windowStart.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
