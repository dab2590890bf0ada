package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.EvaluateDetector.Report;
import io.raqib.alert.detect.EvaluateDetector.Scorecard;
import io.raqib.alert.detect.SyntheticStream.InjectedSpike;

class EvaluateDetectorTest {

    /** The run docs/detector.md reports, quick enough for a unit test (half a second): seed 42, 10 series, 60 days. */
    private static final Report REPORT = EvaluateDetector.evaluate(
            SyntheticStream.generate(EvaluateDetector.DEFAULT_SEED, EvaluateDetector.DEFAULT_SERIES,
                    EvaluateDetector.DEFAULT_DAYS),
            DetectorConfig.defaults());

    @Test
    void catchesThreeFoldSpikesWhereverTheCountsCarryThem() {
        Scorecard detector = REPORT.detector();
        // Series of 8 articles an hour and more: a 3x hour stands out of the Poisson noise.
        assertTrue(detector.recall(3, 8, Double.MAX_VALUE) >= 0.95,
                "recall of 3x spikes at >= 8/h: " + detector.recall(3, 8, Double.MAX_VALUE));
        assertTrue(detector.recall(5, 2, Double.MAX_VALUE) >= 0.95,
                "recall of 5x spikes at >= 2/h: " + detector.recall(5, 2, Double.MAX_VALUE));
    }

    @Test
    void comesCloseToWhatKnowingTheTrueRateWouldAllow() {
        // Where the oracle misses too, no per-window test could have caught the spike at this false-alarm level.
        for (double multiple : SyntheticStream.DEFAULT_MULTIPLES) {
            assertTrue(REPORT.detector().recall(multiple) >= 0.85 * REPORT.oracle().recall(multiple),
                    multiple + "x: " + REPORT.detector().recall(multiple) + " vs " + REPORT.oracle().recall(multiple));
        }
    }

    @Test
    void meetsTheFalseAlarmAndDelayTargets() {
        Scorecard detector = REPORT.detector();
        assertTrue(detector.falseAlarmsPerDayPer10Series() <= 1,
                "false alarms " + detector.falseAlarmsPerDayPer10Series());
        assertTrue(detector.delayQuantile(0.5) <= 1, "median delay " + detector.delayQuantile(0.5));
    }

    @Test
    void beatsTheStaticThresholdOnFalseAlarmsByFar() {
        assertTrue(REPORT.detector().falseAlarmsPerDayPer10Series() * 3
                < REPORT.naive().falseAlarmsPerDayPer10Series());
    }

    @Test
    void scoresAnAlertDuringTheSpikeOrTheStepAfterAsACatch() {
        InjectedSpike spike = new InjectedSpike(0, 200, 2, 3);
        SyntheticStream.Stream stream = new SyntheticStream.Stream(1, 10,
                List.of(new SyntheticStream.Series("s", 1, 0.5, 12, new int[240])), List.of(spike));
        // Opens at 150 (in the warm-up: not scored), 202 (the step after the spike: a catch, delay 2) and 203 (a
        // false alarm).
        Scorecard card = EvaluateDetector.score("x", stream, 168, List.of(List.of(150, 202, 203)),
                List.of(List.of(150, 202, 203)));
        assertEquals(1, card.recall(3));
        assertEquals(2, card.delayQuantile(0.5));
        assertEquals(1, card.falseAlarms());
    }

    @Test
    void printsTheTable() {
        String table = EvaluateDetector.table(REPORT);
        assertTrue(table.contains("recall, 3x spikes"), table);
        assertTrue(table.contains("false alarms / day / 10 series"), table);
        assertTrue(table.contains("median delay (steps)"), table);
    }
}
