package io.raqib.alert.detect;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What a series usually counts in one window, learned from its own past: expected = level x hour-of-day factor x
 * day-of-week factor, and a variance around it.
 *
 * <ul>
 * <li>{@code level}: the count per step with the seasons taken out, an EWMA (half-life
 * {@link DetectorConfig#halfLife()} steps) moved by each miss (count - expected);</li>
 * <li>{@code variance} and {@code meanExpected}: EWMAs of the squared miss (count - expected)^2 and of the expected
 * count. Their ratio is the dispersion, variance per expected article, so that what is learned in the busy hours
 * carries over to the quiet ones: 1 for Poisson noise, more for a bursty series;</li>
 * <li>{@code hourOfDay}, {@code dayOfWeek}: {@link SeasonalProfile}s, learned once the level has settled (a day) and
 * once a week of history exists respectively, and used once every slot has been seen twice.</li>
 * </ul>
 *
 * A count that would itself be an alert must not teach the baseline that spikes are normal: every count is first
 * winsorised at {@link #CLIP_SIGMAS} standard deviations (plus one article) above expected, and while the series is
 * in alert, or the count fired, only {@link #DAMPING} of its surplus is learned. A lasting shift is still learned,
 * only more slowly: a quarter of the way per step.
 *
 * <p>Small and immutable, to live in a state store as JSON (about 1.6 kB): {@code steps} counts the windows learned,
 * {@code dispersionSteps} those the spread was learned from, the rest are the averages. Nothing in here depends on
 * wall-clock time.
 */
public record Baseline(long steps, double level, long dispersionSteps, double variance, double meanExpected,
        SeasonalProfile hourOfDay, SeasonalProfile dayOfWeek) {

    /** No window is expected to be emptier than this: a long-silent topic still has a finite surprise. */
    static final double EXPECTED_FLOOR = 0.01;
    static final double CLIP_SIGMAS = 4;
    static final double DAMPING = 0.25;
    /** The day of week needs a week of history before it is learned; before that a weekday is a level change. */
    static final int WEEK_DAYS = 7;

    public static Baseline empty() {
        return new Baseline(0, 0, 0, 0, 0, SeasonalProfile.flat(24), SeasonalProfile.flat(WEEK_DAYS));
    }

    /** The count expected in the window starting at {@code windowStart}. */
    public double expected(Instant windowStart, DetectorConfig config) {
        Instant middle = middle(windowStart, config);
        return Math.max(EXPECTED_FLOOR, level * hourFactor(middle, config) * dayFactor(middle, config));
    }

    /** The variance of the count around {@code expected}: the learned dispersion times the expected count. */
    public double varianceAt(double expected) {
        return dispersion() * expected;
    }

    /** Variance per expected article: 1 until learned, then the ratio of the two EWMAs. */
    public double dispersion() {
        return dispersionSteps == 0 || meanExpected <= 0 ? 1 : variance / meanExpected;
    }

    /**
     * The baseline after one more window: {@code count} articles in the window starting at {@code windowStart}.
     * {@code damped} when the series is in alert or this count fired: only part of its surplus is learned.
     */
    public Baseline learn(long count, Instant windowStart, boolean damped, DetectorConfig config) {
        Instant middle = middle(windowStart, config);
        double hour = hourFactor(middle, config);
        double day = dayFactor(middle, config);
        double expected = Math.max(EXPECTED_FLOOR, level * hour * day);
        // Before the daily shape is known, the busy hours would pass for outliers (and for noise): nothing is clipped
        // and no spread is learned until then.
        boolean settled = steps >= settle(config) && (!hasHourProfile(config) || hourProfileReady(config));
        double x = count;
        if (settled) {
            x = Math.min(x, expected + CLIP_SIGMAS * Math.sqrt(Math.max(1, dispersion()) * expected) + 1);
        }
        if (damped && x > expected) {
            x = expected + DAMPING * (x - expected);
        }
        long n = steps + 1;
        double weight = Math.max(1.0 / n, Ewma.weight(config.halfLife()));
        // The miss in articles, not x / season: an average of those ratios would let the quiet hours (a third of an
        // article expected, one seen) throw the level about, and would bias it low wherever a factor is shrunk.
        double newLevel = Math.max(0, level + weight * (x - level * hour * day));

        long newDispersionSteps = dispersionSteps;
        double newVariance = variance;
        double newMeanExpected = meanExpected;
        if (settled) {
            newDispersionSteps++;
            double w = Math.max(1.0 / newDispersionSteps, Ewma.weight(config.halfLife()));
            newVariance += w * ((x - expected) * (x - expected) - variance);
            newMeanExpected += w * (expected - meanExpected);
        }

        SeasonalProfile newHours = hourOfDay;
        if (hasHourProfile(config) && steps >= settle(config)) {
            newHours = hourOfDay.learn(hourSlot(middle), x, level * day, hourHalfLife(config));
        }
        SeasonalProfile newDays = dayOfWeek;
        if (hasDayProfile(config) && steps >= WEEK_DAYS * config.stepsPerDay()) {
            newDays = dayOfWeek.learn(daySlot(middle), x, level * hour, dayHalfLife(config));
        }
        return new Baseline(n, newLevel, newDispersionSteps, newVariance, newMeanExpected, newHours, newDays);
    }

    /**
     * The baseline after {@code quietSteps} steps without a single article, in one go: the averages decay as that
     * many zero counts would make them (near enough: the seasonal profiles keep what they had). For long silences,
     * where replaying each step would cost more than it tells.
     */
    public Baseline idle(long quietSteps, DetectorConfig config) {
        if (quietSteps <= 0) {
            return this;
        }
        double keep = Ewma.decay(config.halfLife(), quietSteps);
        return new Baseline(steps + quietSteps, level * keep, dispersionSteps, variance * keep, meanExpected * keep,
                hourOfDay, dayOfWeek);
    }

    /** Steps after which the level has settled enough to measure surprise and seasons against it. */
    static long settle(DetectorConfig config) {
        return Math.max(3, Math.min(config.stepsPerDay(), Math.round(config.halfLife() / 3)));
    }

    private double hourFactor(Instant middle, DetectorConfig config) {
        if (!hasHourProfile(config)) {
            return 1;
        }
        return hourOfDay.factor(hourSlot(middle), hourHalfLife(config),
                SeasonalProfile.MIN_VISITS * updatesPerHourVisit(config));
    }

    private double dayFactor(Instant middle, DetectorConfig config) {
        if (!hasDayProfile(config)) {
            return 1;
        }
        return dayOfWeek.factor(daySlot(middle), dayHalfLife(config),
                (int) (SeasonalProfile.MIN_VISITS * config.stepsPerDay()));
    }

    private boolean hourProfileReady(DetectorConfig config) {
        int needed = SeasonalProfile.MIN_VISITS * updatesPerHourVisit(config);
        return hourOfDay.seen().stream().allMatch(n -> n >= needed);
    }

    private static boolean hasHourProfile(DetectorConfig config) {
        return config.step().compareTo(Duration.ofDays(1)) < 0;
    }

    private static boolean hasDayProfile(DetectorConfig config) {
        return config.step().compareTo(Duration.ofDays(1)) <= 0;
    }

    /** A slot of the hour of day is visited once a day, several times when steps are shorter than an hour. */
    private static int updatesPerHourVisit(DetectorConfig config) {
        return (int) Math.max(1, Duration.ofHours(1).toMillis() / config.step().toMillis());
    }

    private static double hourHalfLife(DetectorConfig config) {
        return config.seasonalHalfLife() * updatesPerHourVisit(config);
    }

    private static double dayHalfLife(DetectorConfig config) {
        return config.seasonalHalfLife() * config.stepsPerDay();
    }

    /** The window's middle decides its season: a window from 23:30 to 00:30 belongs to midnight. */
    private static Instant middle(Instant windowStart, DetectorConfig config) {
        return windowStart.plus(config.window().dividedBy(2));
    }

    private static int hourSlot(Instant middle) {
        return ZonedDateTime.ofInstant(middle, ZoneOffset.UTC).getHour();
    }

    private static int daySlot(Instant middle) {
        return ZonedDateTime.ofInstant(middle, ZoneOffset.UTC).getDayOfWeek().getValue() - 1;
    }
}
