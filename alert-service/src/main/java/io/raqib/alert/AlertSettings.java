package io.raqib.alert;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import io.raqib.alert.detect.DetectorConfig;

/**
 * How {@link AlertTopology} watches the series.
 *
 * @param detector   the learned detector's knobs, for the primary horizon: its step is that window
 * @param coldStart  the rule for a series still in its warm-up; its window is the primary horizon, and its grace is
 *                   every horizon's
 * @param horizons   the window lengths every series is counted and judged in: the primary first, then longer ones
 *                   (a slow build-up over a day that no single hour shows)
 * @param history    how long window counts, and what was expected of them, are kept for the series charts
 * @param quietCheck how often (wall clock) the open alerts are looked at for series that went silent
 */
public record AlertSettings(DetectorConfig detector, ThresholdRule coldStart, List<Duration> horizons,
        Duration history, Duration quietCheck) {

    /** How long window counts are kept for the series charts unless configured (raqib.alert.history). */
    public static final Duration DEFAULT_HISTORY = Duration.ofDays(7);
    /** How often silent series are looked at unless configured (raqib.alert.quiet-check). */
    public static final Duration DEFAULT_QUIET_CHECK = Duration.ofMinutes(5);

    public AlertSettings {
        horizons = List.copyOf(horizons);
        Duration primary = coldStart.window();
        if (!detector.step().equals(primary) || !detector.window().equals(primary)) {
            throw new IllegalArgumentException("the detector's step " + detector.step()
                    + " must be the window of the threshold rule, " + primary);
        }
        if (horizons.isEmpty() || !horizons.get(0).equals(primary)) {
            throw new IllegalArgumentException("the horizons " + horizons + " must start with the window " + primary);
        }
        if (new HashSet<>(horizons).size() != horizons.size()
                || horizons.stream().skip(1).anyMatch(h -> h.compareTo(primary) <= 0)) {
            throw new IllegalArgumentException("the horizons " + horizons + " after the first must be longer ones, "
                    + "each once");
        }
        for (Duration horizon : horizons) {
            if (history.compareTo(horizon.plus(coldStart.grace())) < 0) {
                // A window must be kept at least until it can no longer change.
                throw new IllegalArgumentException("history " + history + " is shorter than a window of " + horizon
                        + " and its grace");
            }
        }
        if (quietCheck.isNegative() || quietCheck.isZero()) {
            throw new IllegalArgumentException("the quiet check needs a positive interval: " + quietCheck);
        }
    }

    /** One horizon, the threshold rule's window; the default history and quiet check. */
    public static AlertSettings of(DetectorConfig detector, ThresholdRule coldStart) {
        return new AlertSettings(detector, coldStart, List.of(coldStart.window()), DEFAULT_HISTORY,
                DEFAULT_QUIET_CHECK);
    }

    public AlertSettings withHorizons(List<Duration> newHorizons) {
        return new AlertSettings(detector, coldStart, newHorizons, history, quietCheck);
    }

    public AlertSettings withHistory(Duration newHistory) {
        return new AlertSettings(detector, coldStart, horizons, newHistory, quietCheck);
    }

    public AlertSettings withQuietCheck(Duration newQuietCheck) {
        return new AlertSettings(detector, coldStart, horizons, history, newQuietCheck);
    }
}
