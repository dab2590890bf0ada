package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

    @Test
    void nearestRankIsAlwaysOneOfTheSamples() {
        assertEquals(50, Percentiles.of(ONE_TO_HUNDRED, 50));
        assertEquals(95, Percentiles.of(ONE_TO_HUNDRED, 95));
        assertEquals(99, Percentiles.of(ONE_TO_HUNDRED, 99));
        assertEquals(100, Percentiles.of(ONE_TO_HUNDRED, 100));
        assertEquals(1, Percentiles.of(ONE_TO_HUNDRED, 0.5));
        assertEquals(7, Percentiles.of(new long[] {7}, 99));
        // Of ten samples the p99 is the largest: one slow request in ten is the tail.
        assertEquals(10, Percentiles.of(LongStream.rangeClosed(1, 10).toArray(), 99));
        assertEquals(3, Percentiles.of(new long[] {1, 2, 3, 4}, 75));
    }

    @Test
    void noSamplesOrAPercentileOutOfRangeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(ONE_TO_HUNDRED, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(ONE_TO_HUNDRED, 101));
    }

    @Test
    void aSummaryIsInMillisecondsFromMicrosecondsInAnyOrder() {
        long[] micros = {3000, 1000, 2000, 250_000};
        Percentiles.Summary summary = Percentiles.summary(micros);
        assertEquals(4, summary.count());
        assertEquals(2.0, summary.p50());
        assertEquals(250.0, summary.p99());
        assertEquals(250.0, summary.max());
        assertEquals(64.0, summary.mean());
        assertTrue(Double.isNaN(Percentiles.summary(new long[0]).p50()));
    }

    @Test
    void latenciesArePerSecondOfObservationAndOverall() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 1; i <= 100; i++) {
            recorder.record(0, i * 1_000_000L); // 1..100 ms in second 0
        }
        recorder.record(2, 5_000_000_000L); // one 5 s outlier in second 2
        double[] p50 = recorder.perSecond(50, 3);
        assertEquals(50.0, p50[0]);
        assertTrue(Double.isNaN(p50[1]));
        assertEquals(5000.0, p50[2]);
        Percentiles.Summary all = recorder.summary();
        assertEquals(101, all.count());
        assertEquals(5000.0, all.max());
        assertEquals(100.0, all.p99());
    }
}
