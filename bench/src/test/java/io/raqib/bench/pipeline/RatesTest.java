package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void aRateIsTheCountOverWholeSecondsOfTheWindow() {
        RateMeter meter = new RateMeter();
        for (int s = 0; s < 10; s++) {
            meter.add(s, s < 5 ? 100 : 200); // warm-up at 100/s, then 200/s
        }
        meter.add(-1, 1_000); // before the run: not counted
        meter.add(300, 7); // far beyond the first buffer
        assertEquals(200.0, meter.rate(5, 10));
        assertEquals(150.0, meter.rate(0, 10));
        assertEquals(0.0, meter.rate(20, 20));
        assertEquals(1507, meter.total());
        assertEquals(1000, meter.count(5, 10));
        assertArrayEquals(new long[] {100, 100, 100}, meter.series(3));
    }

    @Test
    void theOpenLoopScheduleHoldsTheRateWhateverTheBatch() {
        // 200 articles/s in batches of 10: a POST every 50 ms, whatever the answers do.
        assertEquals(0, OpenLoopLoad.slot(0, 10, 200));
        assertEquals(50_000_000, OpenLoopLoad.slot(1, 10, 200));
        assertEquals(1_000_000_000, OpenLoopLoad.slot(20, 10, 200));
        // 7 articles/s one by one: slots do not drift from rounding.
        assertEquals(1_000_000_000, OpenLoopLoad.slot(7, 1, 7));
        assertEquals(100_000_000_000L, OpenLoopLoad.slot(700, 1, 7));
    }

    @Test
    void aWarmupRateHasItsOwnScheduleThenTheRunsRateTakesOverAtTheMeasuredWindow() {
        long warmup = 60_000_000_000L; // 60 s at 100 articles/s in batches of 10: 600 batches, one every 100 ms
        assertEquals(0, OpenLoopLoad.slot(0, 10, 100, warmup, 0, 400));
        assertEquals(100_000_000, OpenLoopLoad.slot(1, 10, 100, warmup, 0, 400));
        assertEquals(59_900_000_000L, OpenLoopLoad.slot(599, 10, 100, warmup, 0, 400));
        assertEquals(warmup, OpenLoopLoad.slot(600, 10, 100, warmup, 0, 400)); // the first measured batch
        assertEquals(warmup + 25_000_000, OpenLoopLoad.slot(601, 10, 100, warmup, 0, 400)); // then every 25 ms
    }

    @Test
    void aRampedWarmupClimbsFromATenthOfItsRateThenHoldsItAndTheRunStartsOnTime() {
        long second = 1_000_000_000L;
        // 1,000 articles/s ramped over 60 s: from 100/s to 1,000/s, 33,000 articles in the ramp (its mean, 550/s).
        long ramp = 60 * second;
        assertEquals(0, OpenLoopLoad.warmupSlot(0, 10, 1000, ramp));
        // At first a batch of 10 every ~100 ms (100 articles/s), at the ramp's end every 10 ms.
        assertEquals(100_000_000, OpenLoopLoad.warmupSlot(1, 10, 1000, ramp), 1_000_000);
        assertEquals(ramp, OpenLoopLoad.warmupSlot(3300, 10, 1000, ramp), 1);
        assertEquals(10_000_000, OpenLoopLoad.warmupSlot(3300, 10, 1000, ramp)
                - OpenLoopLoad.warmupSlot(3299, 10, 1000, ramp), 100_000);
        assertEquals(ramp + 10_000_000, OpenLoopLoad.warmupSlot(3301, 10, 1000, ramp), 1);
        // Half of the ramp's articles go in its last 19 s: 100 t + 7.5 t² = 16,500 at t = 40.7 s.
        assertEquals(40_700_000_000L, OpenLoopLoad.warmupSlot(1650, 10, 1000, ramp), 50_000_000);
        long[] due = new long[4000];
        for (int k = 0; k < due.length; k++) {
            due[k] = OpenLoopLoad.warmupSlot(k, 10, 1000, ramp);
            assertTrue(k == 0 || due[k] > due[k - 1], "batches in order");
        }
        // A warm-up of 120 s, its first 60 ramped, then 2,000/s: 33,000 + 60,000 articles in the warm-up (9,300
        // batches), and the first measured batch exactly when the warm-up ends.
        long warmup = 120 * second;
        assertTrue(OpenLoopLoad.slot(9299, 10, 1000, warmup, ramp, 2000) < warmup);
        assertEquals(warmup, OpenLoopLoad.slot(9300, 10, 1000, warmup, ramp, 2000));
        assertEquals(warmup + 5_000_000, OpenLoopLoad.slot(9301, 10, 1000, warmup, ramp, 2000));
        // No ramp: the warm-up's own even schedule.
        assertEquals(OpenLoopLoad.slot(77, 10, 1000), OpenLoopLoad.warmupSlot(77, 10, 1000, 0));
    }

    @Test
    void theRunClockSplitsWarmupMeasuredWindowAndDrain() {
        RunClock clock = new RunClock(1_000_000_000L, 10, 60);
        assertFalse(clock.measured(1_000_000_000L + 9_999_999_999L));
        assertTrue(clock.measured(1_000_000_000L + 10_000_000_000L));
        assertTrue(clock.measured(1_000_000_000L + 69_999_999_999L));
        assertFalse(clock.measured(1_000_000_000L + 70_000_000_000L));
        assertEquals(0, clock.second(1_000_000_000L));
        assertEquals(-1, clock.second(999_999_999L));
        assertEquals(12, clock.second(13_500_000_000L));
        assertEquals(10, clock.warmupSeconds());
        assertEquals(60, clock.measuredSeconds());
    }

    @Test
    void gaugesKeepGapsAsGapsAndAnswerForAWindow() {
        Timeline timeline = new Timeline();
        timeline.put("lag.g", 0, 10);
        timeline.put("lag.g", 2, 30);
        timeline.put("lag.g", 3, Double.NaN);
        double[] values = timeline.values("lag.g", 4);
        assertEquals(10, values[0]);
        assertTrue(Double.isNaN(values[1]));
        assertTrue(Double.isNaN(values[3]));
        assertArrayEquals(new double[] {30}, timeline.window("lag.g", 1, 4));
        assertEquals(30, timeline.at("lag.g", 5));
        assertTrue(Double.isNaN(timeline.at("lag.other", 5)));
    }
}
