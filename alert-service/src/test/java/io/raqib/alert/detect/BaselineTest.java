package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private final DetectorConfig config = DetectorConfig.defaults();

    private static Instant hour(int at) {
        return MONDAY.plus(Duration.ofHours(at));
    }

    @Test
    void aFreshBaselineLearnsTheLevelAtOnce() {
        Baseline baseline = Baseline.empty();
        for (int at = 0; at < 5; at++) {
            baseline = baseline.learn(12, hour(at), false, config);
        }
        assertEquals(12, baseline.expected(hour(5), config), 1e-9);
        assertEquals(5, baseline.steps());
    }

    @Test
    void learnsAPoissonSeriesAndItsSpread() {
        SplittableRandom random = new SplittableRandom(3);
        Baseline baseline = Baseline.empty();
        for (int at = 0; at < 21 * 24; at++) {
            baseline = baseline.learn(SyntheticStream.poisson(random, 20), hour(at), false, config);
        }
        assertEquals(20, baseline.expected(hour(21 * 24), config), 2);
        assertEquals(1, baseline.dispersion(), 0.35, "Poisson: variance about the mean");
    }

    @Test
    void learnsTheDayOfTheWeekOnceThereAreWeeksOfIt() {
        // 10 an hour, but 3 on Fridays.
        Baseline baseline = Baseline.empty();
        for (int at = 0; at < 6 * 7 * 24; at++) {
            boolean friday = hour(at).atZone(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.FRIDAY;
            baseline = baseline.learn(friday ? 3 : 10, hour(at), false, config);
        }
        Instant nextThursdayNoon = hour(6 * 7 * 24 + 3 * 24 + 12);
        Instant nextFridayNoon = hour(6 * 7 * 24 + 4 * 24 + 12);
        double thursday = baseline.expected(nextThursdayNoon, config);
        double friday = baseline.expected(nextFridayNoon, config);
        assertTrue(friday < 0.5 * thursday, "Friday " + friday + ", Thursday " + thursday);
    }

    @Test
    void aDampedCountTeachesOnlyPartOfItsSurplus() {
        Baseline baseline = Baseline.empty();
        for (int at = 0; at < 10 * 24; at++) {
            baseline = baseline.learn(10, hour(at), false, config);
        }
        Instant next = hour(10 * 24);
        double full = baseline.learn(200, next, false, config).level() - baseline.level();
        double damped = baseline.learn(200, next, true, config).level() - baseline.level();
        assertTrue(full > 0 && full < 0.5, "winsorised even when not damped: " + full);
        assertEquals(Baseline.DAMPING * full, damped, 0.3 * full);
    }

    @Test
    void aLongSilenceDecaysTheLevelByItsHalfLife() {
        Baseline baseline = Baseline.empty();
        for (int at = 0; at < 10 * 24; at++) {
            baseline = baseline.learn(10, hour(at), false, config);
        }
        Baseline idle = baseline.idle((long) config.halfLife(), config);
        assertEquals(baseline.level() / 2, idle.level(), 1e-9);
        assertEquals(baseline.steps() + (long) config.halfLife(), idle.steps());
        assertEquals(baseline.dispersion(), idle.dispersion(), 1e-9);
    }
}
