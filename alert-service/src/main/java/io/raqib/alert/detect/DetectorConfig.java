package io.raqib.alert.detect;

import java.time.Duration;

/**
 * Everything the detector can be tuned by. {@link #defaults()} is what {@code EvaluateDetector} was tuned with;
 * docs/detector.md explains each knob and the figures behind the defaults.
 *
 * @param step             how often a series is observed: one count per step (the hop of the windows)
 * @param window           the length of the window counted; equal to {@code step} for tumbling windows. The baseline
 *                         learns the count of one window, so only its midpoint (for the hour of day) depends on it
 * @param halfLife         steps after which an observation weighs half in the level and the variance
 * @param seasonalHalfLife visits of a slot (days for an hour of the day, weeks for a day of the week) after which one
 *                         visit weighs half in that slot's seasonal factor
 * @param minCount         fewer articles than this never fire, however quiet the series usually is
 * @param alpha            a window fires when P(count at least this high | baseline) is at most alpha; the larger,
 *                         the more sensitive
 * @param warmup           steps of history a series needs before it may fire; it learns silently until then
 * @param hysteresis       a step is quiet when its score is below this fraction of the firing score
 * @param resolveAfter     consecutive quiet steps that resolve an open alert
 * @param cooldown         steps after a resolution during which the series cannot open a new alert
 * @param updateMargin     score (in decades of p-value) an open alert must gain over the last one told to be UPDATED;
 *                         a rise in severity updates as well
 * @param corroboration    independent outlets a spike needs to count in full; fewer count part of their surplus
 * @param severities       the score from which each severity above LOW starts
 */
public record DetectorConfig(Duration step, Duration window, double halfLife, double seasonalHalfLife, long minCount,
        double alpha, int warmup, double hysteresis, int resolveAfter, int cooldown, double updateMargin,
        int corroboration, Severities severities) {

    /** Score thresholds; below {@code medium}, a firing window is LOW. */
    public record Severities(double medium, double high, double critical) {
        public Severities {
            if (!(medium <= high && high <= critical)) {
                throw new IllegalArgumentException("severities must rise: " + medium + ", " + high + ", " + critical);
            }
        }

        public Severity of(double score) {
            return score >= critical ? Severity.CRITICAL
                    : score >= high ? Severity.HIGH
                    : score >= medium ? Severity.MEDIUM
                    : Severity.LOW;
        }
    }

    public DetectorConfig {
        if (step == null || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        if (window == null || window.compareTo(step) < 0) {
            throw new IllegalArgumentException("window must be at least one step: " + window);
        }
        if (!(halfLife >= 1) || !(seasonalHalfLife >= 1)) {
            throw new IllegalArgumentException("half-lives are at least one step/visit");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        if (minCount < 1 || warmup < 0 || resolveAfter < 1 || cooldown < 0 || corroboration < 1) {
            throw new IllegalArgumentException("minCount, resolveAfter, corroboration >= 1; warmup, cooldown >= 0");
        }
        if (!(hysteresis >= 0 && hysteresis <= 1) || !(updateMargin >= 0)) {
            throw new IllegalArgumentException("hysteresis in [0, 1], updateMargin >= 0");
        }
        if (severities == null) {
            throw new IllegalArgumentException("severities are required");
        }
    }

    public static DetectorConfig defaults() {
        return new DetectorConfig(Duration.ofHours(1), Duration.ofHours(1), 72, 14, 3, 1e-4, 7 * 24, 0.5, 2, 3, 2.0,
                3, new Severities(7, 10, 15));
    }

    /** The score at which a window fires: -log10(alpha). */
    public double firingScore() {
        return -Math.log10(alpha);
    }

    /** Steps in a day; at least one, so day-long steps still have a calendar. */
    public long stepsPerDay() {
        return Math.max(1, Duration.ofDays(1).toMillis() / step.toMillis());
    }

    public DetectorConfig withStep(Duration newStep) {
        Duration newWindow = window.equals(step) || window.compareTo(newStep) < 0 ? newStep : window;
        return new DetectorConfig(newStep, newWindow, halfLife, seasonalHalfLife, minCount, alpha, warmup, hysteresis,
                resolveAfter, cooldown, updateMargin, corroboration, severities);
    }

    public DetectorConfig withAlpha(double newAlpha) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, newAlpha, warmup, hysteresis,
                resolveAfter, cooldown, updateMargin, corroboration, severities);
    }

    public DetectorConfig withWarmup(int steps) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, alpha, steps, hysteresis,
                resolveAfter, cooldown, updateMargin, corroboration, severities);
    }

    public DetectorConfig withLifecycle(double newHysteresis, int newResolveAfter, int newCooldown) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, alpha, warmup, newHysteresis,
                newResolveAfter, newCooldown, updateMargin, corroboration, severities);
    }
}
