package io.raqib.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.raqib.schemas.Alert;

/**
 * A length of window the series are counted and judged in, with the names of its stores and processors. The
 * primary horizon (the threshold rule's window, listed first) keeps the names the service had before it had several,
 * so a running deployment keeps its state and its alert ids; a longer one carries its length in its names
 * ({@code series-state-pt24h}) and ids.
 */
record Horizon(Duration window, boolean primary) {

    static List<Horizon> of(AlertSettings settings) {
        List<Duration> horizons = settings.horizons();
        return IntStream.range(0, horizons.size()).mapToObj(i -> new Horizon(horizons.get(i), i == 0)).toList();
    }

    /** {@code base} for the primary horizon, {@code base-pt24h} for the others. */
    String name(String base) {
        return primary ? base : base + "-" + window.toString().toLowerCase(Locale.ROOT);
    }

    String tallyStore() {
        return name(AlertTopology.TALLY_STORE);
    }

    String stateStore() {
        return name(SpikeWatch.STATE_STORE);
    }

    String expectedStore() {
        return name(SpikeWatch.EXPECTED_STORE);
    }

    /**
     * The id of the alert of {@code series} that opened in the window starting at {@code windowStart}: the same for
     * all its changes, and different in every horizon, whose windows may start at the same instant.
     */
    String alertId(String series, Instant windowStart) {
        return ThresholdRule.id(primary ? series : series + "|" + window, windowStart);
    }

    /** Whether the alert's window is one of this horizon's. */
    boolean counts(Alert alert) {
        return Duration.between(alert.getWindowStart(), alert.getWindowEnd()).equals(window);
    }

    /** For the desk: "60 min", "24 h". */
    String describe() {
        long minutes = window.toMinutes();
        return minutes < 120 ? minutes + " min" : window.toHours() + " h";
    }
}
