package io.raqib.ingest.dates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which dates can be a publication date at all.
 *
 * @param earliestYear  the first acceptable year as written; online Arabic news starts in the 1990s, and
 *                      earlier years are placeholders ("0001-01-01", "1970-01-01") or history in the text
 * @param latestYear    the last acceptable year as written
 * @param latestInstant the latest acceptable moment; later means a wrong clock or a future event
 */
record Plausibility(int earliestYear, int latestYear, Instant latestInstant) {

    static final int EARLIEST_YEAR = 1990;

    /**
     * How far past the fetch time a date may lie. Two days absorbs wrong zones, date-only values read at
     * midnight and clocks that run ahead; more than that is an announcement of something still to come.
     */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(2);

    /** For a value that has no fetch time to compare with (a feed or metadata value on its own). */
    static Plausibility undated() {
        return new Plausibility(EARLIEST_YEAR, 9999, Instant.MAX);
    }

    /** For an article fetched at {@code fetchedAt}: years up to next year, moments up to the tolerance. */
    static Plausibility fetchedAt(Instant fetchedAt, ZoneId zone) {
        return new Plausibility(EARLIEST_YEAR, fetchedAt.atZone(zone).getYear() + 1,
                fetchedAt.plus(FUTURE_TOLERANCE));
    }

    boolean accepts(LocalDate written, Instant instant) {
        return written.getYear() >= earliestYear && written.getYear() <= latestYear && accepts(instant);
    }

    boolean accepts(Instant instant) {
        return !instant.isAfter(latestInstant);
    }
}
