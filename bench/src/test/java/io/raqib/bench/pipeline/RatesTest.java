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
        assertEquals(0, OpenLoopLoad.slot(0, 10, 100, warmup, 400));
        assertEquals(100_000_000, OpenLoopLoad.slot(1, 10, 100, warmup, 400));
        assertEquals(59_900_000_000L, OpenLoopLoad.slot(599, 10, 100, warmup, 400));
        assertEquals(warmup, OpenLoopLoad.slot(600, 10, 100, warmup, 400)); // the first measured batch
        assertEquals(warmup + 25_000_000, OpenLoopLoad.slot(601, 10, 100, warmup, 400)); // then every 25 ms
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
