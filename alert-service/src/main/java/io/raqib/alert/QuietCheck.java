package io.raqib.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/**
 * When an open alert's series has gone silent. The detector moves only when it observes a window, and a spike that
 * simply stops brings no more mentions to observe: {@link SpikeWatch} asks this, now and then by the wall clock,
 * about every open alert of its horizon, and tells the detector that the windows since were empty. The detector then
 * applies its own rule (quiet windows under the hysteresis, resolve after {@code resolveAfter}, cooldown), exactly as
 * if a mention had come after the silence.
 *
 * <p>A window counts as over once its grace has passed by the wall clock, as the windowed count drops its late
 * articles by the stream's time. An alert the detector does not hold open (a threshold alert of a series in its
 * warm-up, which is about the latest window that crossed the threshold) is resolved once {@code resolveAfter} more
 * windows have closed after it.
 */
record QuietCheck(Duration window, Duration grace, int resolveAfter) {

    /** An open alert counted in windows of this length. One an analyst resolved is closed for the desk. */
    boolean concerns(Alert alert) {
        return AlertBook.open(alert) && Duration.between(alert.getWindowStart(), alert.getWindowEnd()).equals(window);
    }

    /**
     * The window to observe as empty for a series whose latest window is over: the one in progress, minus the grace
     * (a window still open to late articles is not judged). Null while the series' latest window may still grow.
     */
    Instant silentWindow(SeriesState state, Instant now) {
        if (state == null || state.current() == null) {
            return null;
        }
        long over = state.current().windowStart() + window.toMillis() + grace.toMillis();
        if (now.toEpochMilli() < over) {
            return null;
        }
        long step = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli() - grace.toMillis(), step) * step);
    }

    /** An alert the detector does not hold open: whether {@code resolveAfter} windows have closed after its own. */
    boolean outlived(Alert alert, Instant now) {
        return !now.isBefore(alert.getWindowEnd().plus(grace).plus(window.multipliedBy(resolveAfter)));
    }

    /** That alert, resolved. What the desk said about it stays. */
    Alert resolved(Alert alert, Instant now) {
        Alert resolved = Alert.newBuilder(alert).setStatus(AlertStatus.RESOLVED).setUpdatedAt(now).build();
        resolved.setExplanation(String.format(Locale.ROOT, "resolved: %d windows of %d min have closed since the last "
                + "one it counted (%s)", resolveAfter, window.toMinutes(), alert.getExplanation()));
        return resolved;
    }
}
