package io.raqib.alert.detect;

import java.time.Duration;

/**
 * Everything the detector can be tuned by. {@link #defaults()} is what {@code EvaluateDetector} was tuned with;
 * docs/detector.md explains each knob and the figures behind the defaults.
 *
 * @param step             how often a series is observed: one count per step (the hop of the windows)
 * @param window           the length of the window counted; equal to {@code step} for tumbling windows, which is
 *                         what the detector is tuned and tested for. The baseline learns the count of one window and
 *                         places it in the day by its midpoint; with longer (hopping) windows the counts overlap, and
 *                         an update of an older window arrives too late to be tested
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
 * @param updateRatio      fraction by which an open alert's score must exceed the last one told to be UPDATED (0.5:
 *                         half as many decades of p-value again); a rise in severity updates as well
 * @param corroboration    independent outlets a spike needs to count in full; fewer count part of their surplus
 * @param severities       the score from which each severity above LOW starts
 */
public record DetectorConfig(Duration step, Duration window, double halfLife, double seasonalHalfLife, long minCount,
        double alpha, int warmup, double hysteresis, int resolveAfter, int cooldown, double updateRatio,
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
        if (!(hysteresis >= 0 && hysteresis <= 1) || !(updateRatio >= 0)) {
            throw new IllegalArgumentException("hysteresis in [0, 1], updateRatio >= 0");
        }
        if (severities == null) {
            throw new IllegalArgumentException("severities are required");
        }
    }

    public static DetectorConfig defaults() {
        return new DetectorConfig(Duration.ofHours(1), Duration.ofHours(1), 72, 14, 3, 5e-3, 7 * 24, 0.5, 2, 3, 0.5,
                3, new Severities(5, 8, 12));
    }

    /** The score at which a window fires: -log10(alpha). */
    public double firingScore() {
        return -Math.log10(alpha);
    }

    /** Steps in a day; at least one, so day-long steps still have a calendar. */
    public long stepsPerDay() {
        return Math.max(1, Duration.ofDays(1).toMillis() / step.toMillis());
    }

    /**
     * Another step, with tumbling windows of that length. The baseline's memory and the warm-up keep their span in
     * time (3 and 7 days by default), so they are rescaled to the new step; the lifecycle keeps its counts of steps.
     */
    public DetectorConfig withStep(Duration newStep) {
        if (newStep == null || newStep.isNegative() || newStep.isZero()) {
            throw new IllegalArgumentException("step must be positive: " + newStep);
        }
        double ratio = step.toMillis() / (double) newStep.toMillis();
        return new DetectorConfig(newStep, newStep, Math.max(1, halfLife * ratio), seasonalHalfLife, minCount, alpha,
                (int) Math.round(warmup * ratio), hysteresis, resolveAfter, cooldown, updateRatio, corroboration,
                severities);
    }

    public DetectorConfig withAlpha(double newAlpha) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, newAlpha, warmup, hysteresis,
                resolveAfter, cooldown, updateRatio, corroboration, severities);
    }

    public DetectorConfig withWarmup(int steps) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, alpha, steps, hysteresis,
                resolveAfter, cooldown, updateRatio, corroboration, severities);
    }

    public DetectorConfig withLifecycle(double newHysteresis, int newResolveAfter, int newCooldown) {
        return new DetectorConfig(step, window, halfLife, seasonalHalfLife, minCount, alpha, warmup, newHysteresis,
                newResolveAfter, newCooldown, updateRatio, corroboration, severities);
    }
}
