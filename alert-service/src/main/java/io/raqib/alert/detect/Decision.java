package io.raqib.alert.detect;

import java.time.Instant;

/**
 * What the detector tells about a series: an alert opened, was updated, or resolved. Observed, expected, score and
 * p-value are those of the window decided on ({@code windowStart}); for RESOLVED that is the last quiet window,
 * while {@code opened} and {@code severity} stay those of the alert being resolved.
 *
 * @param status      OPEN, UPDATED or RESOLVED
 * @param windowStart start of the window the decision is about
 * @param opened      start of the window that opened the alert: one alert's decisions share it (and so can share
 *                    an id)
 * @param observed    articles in the window, before the independent-sources discount
 * @param expected    what the baseline expected in it
 * @param score       -log10(pValue), capped
 * @param severity    from the score; the highest the alert reached
 * @param pValue      P(X >= the discounted count | baseline)
 */
public record Decision(Status status, Instant windowStart, Instant opened, long observed, double expected,
        double score, Severity severity, double pValue) {
}
