package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The detector on hand-made series. The background is a fixed cycle around 10 an hour (7 to 13), noisy enough to
 * learn from and never alarming by chance, so every decision a test sees is one it caused.
 */
class DetectorTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final long[] CYCLE = { 10, 8, 12, 9, 11, 13, 7, 10, 12, 8 };
    private static final int SOURCES = 5;

    private final DetectorConfig config = DetectorConfig.defaults();
    private final Detector detector = new Detector(config);
    private SeriesState state = SeriesState.fresh();
    private int step;

    private Instant window(int at) {
        return MONDAY.plus(Duration.ofHours(at));
    }

    /** The next window, counted in one go. */
    private List<Decision> next(long count, int sources) {
        Detector.Outcome outcome = detector.observe(state, count, window(step++), sources);
        state = outcome.state();
        return outcome.decisions();
    }

    private List<Decision> next(long count) {
        return next(count, SOURCES);
    }

    /** {@code steps} windows of background; every decision they brought. */
    private List<Decision> background(int steps) {
        return run(steps, at -> CYCLE[at % CYCLE.length]);
    }

    private List<Decision> run(int steps, IntToLongFunction count) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            decisions.addAll(next(count.applyAsLong(step)));
        }
        return decisions;
    }

    private static List<Status> statuses(List<Decision> decisions) {
        return decisions.stream().map(Decision::status).toList();
    }

    @Test
    void learnsSilentlyDuringTheWarmUp() {
        List<Decision> decisions = background(24);
        decisions.addAll(next(200));
        decisions.addAll(background(config.warmup() - 30));
        decisions.addAll(next(200));
        assertEquals(List.of(), decisions, "a week of warm-up: no alert, however big the spike");
    }

    @Test
    void aClearSpikeOpensAnAlert() {
        assertEquals(List.of(), background(10 * 24));
        List<Decision> decisions = next(40);

        assertEquals(1, decisions.size());
        Decision open = decisions.get(0);
        assertEquals(Status.OPEN, open.status());
        assertEquals(window(10 * 24), open.windowStart());
        assertEquals(open.windowStart(), open.opened());
        assertEquals(40, open.observed());
        assertEquals(10, open.expected(), 1.5);
        assertTrue(open.pValue() < 1e-8, "p " + open.pValue());
        assertEquals(-Math.log10(open.pValue()), open.score(), 1e-9);
        assertTrue(open.severity().compareTo(Severity.HIGH) >= 0, "severity " + open.severity());
    }

    @Test
    void aSustainedSpikeIsOneAlertNotAStorm() {
        background(10 * 24);
        List<Decision> decisions = run(8, at -> 40);

        assertEquals(Status.OPEN, decisions.get(0).status());
        assertEquals(1, statuses(decisions).stream().filter(Status.OPEN::equals).count());
        assertTrue(decisions.size() <= 2, "at most an update, not one per step: " + statuses(decisions));
    }

    @Test
    void aGrowingSpikeIsUpdatedWhenItsScoreRisesMarkedly() {
        background(10 * 24);
        List<Decision> decisions = new ArrayList<>();
        for (long count : new long[] { 22, 23, 35, 36, 60 }) {
            decisions.addAll(next(count));
        }
        // 22: p ~ 1e-3, LOW; 23: hardly more surprising; 35: p ~ 1e-9, HIGH; 36: no news; 60: CRITICAL.
        assertEquals(List.of(Status.OPEN, Status.UPDATED, Status.UPDATED), statuses(decisions));
        assertEquals(decisions.get(0).opened(), decisions.get(2).opened(), "one alert");
        assertTrue(decisions.get(1).score() >= decisions.get(0).score() * (1 + config.updateRatio()));
        assertEquals(Severity.HIGH, decisions.get(1).severity());
        assertEquals(Severity.CRITICAL, decisions.get(2).severity());
    }

    @Test
    void resolvesAfterTheHysteresisNumberOfQuietSteps() {
        background(10 * 24);
        run(3, at -> 40);
        int firstQuiet = step;
        assertEquals(List.of(), next(11), "the first quiet window");
        assertEquals(List.of(), next(12), "the second: it resolves the alert once it is over");
        List<Decision> decisions = next(10);

        assertEquals(List.of(Status.RESOLVED), statuses(decisions));
        Decision resolved = decisions.get(0);
        assertEquals(window(firstQuiet + config.resolveAfter() - 1), resolved.windowStart());
        assertEquals(window(10 * 24), resolved.opened());
    }

    @Test
    void aCountStillWellAboveTheBaselineKeepsTheAlertOpen() {
        background(10 * 24);
        next(40);
        // Above half the firing score: not quiet.
        List<Decision> decisions = run(6, at -> 18);
        assertEquals(List.of(), decisions);
        assertEquals(Episode.Phase.OPEN, state.episode().phase());
    }

    @Test
    void noNewAlertDuringTheCooldown() {
        background(10 * 24);
        next(40);
        next(10);
        next(10);
        assertEquals(List.of(Status.RESOLVED), statuses(next(10)), "resolved; cooling down for 3 steps");
        assertEquals(List.of(), next(40), "second step of the cooldown");
        assertEquals(List.of(), next(40), "third");
        assertEquals(List.of(Status.OPEN), statuses(next(40)), "the cooldown is over");
    }

    @Test
    void aSpikeFromOneOutletCountsLessThanTheSameFromFive() {
        background(10 * 24);
        Instant at = window(step);
        Detector.Outcome oneOutlet = detector.observe(state, 25, at, 1);
        assertEquals(List.of(), oneOutlet.decisions(), "25 from one outlet: a third of the surplus, 15, is no spike");
        Detector.Outcome fiveOutlets = detector.observe(oneOutlet.state(), 25, at, 5);
        assertEquals(List.of(Status.OPEN), statuses(fiveOutlets.decisions()));
    }

    @Test
    void aWindowCanOpenAnAlertWhileItIsStillBeingCounted() {
        background(10 * 24);
        Instant at = window(step);
        List<Status> seen = new ArrayList<>();
        state = detector.observe(state, 1, at, SOURCES).state();
        long learned = state.baseline().steps();
        for (long count = 2; count <= 45; count++) {
            Detector.Outcome outcome = detector.observe(state, count, at, SOURCES);
            state = outcome.state();
            seen.addAll(statuses(outcome.decisions()));
        }
        assertEquals(Status.OPEN, seen.get(0));
        assertEquals(1, seen.stream().filter(Status.OPEN::equals).count());
        // Roughly one per severity step as p falls from 1e-3 to 1e-15: news for the desk, not one per article.
        assertTrue(seen.size() <= 6, "a few updates as it grows: " + seen);
        assertEquals(learned, state.baseline().steps(), "a window is learned once, when it is over");
    }

    @Test
    void aLateWindowChangesNothing() {
        background(10 * 24);
        SeriesState before = state;
        Detector.Outcome late = detector.observe(state, 500, window(step - 5), SOURCES);
        assertSame(before, late.state());
        assertEquals(List.of(), late.decisions());
    }

    @Test
    void windowsWithoutArticlesCountAsZerosAndResolve() {
        background(10 * 24);
        next(40);
        long learned = state.baseline().steps();
        int opened = step - 1;
        step += 9;
        List<Decision> decisions = next(10);

        assertEquals(learned + 10, state.baseline().steps(), "the open window and nine silent ones");
        assertEquals(List.of(Status.RESOLVED), statuses(decisions));
        assertEquals(window(opened + config.resolveAfter()), decisions.get(0).windowStart());
        assertEquals(0, decisions.get(0).observed());
    }

    @Test
    void aSpikeDoesNotTeachTheBaselineThatSpikesAreNormal() {
        background(10 * 24);
        double before = state.baseline().expected(window(step), config);
        run(6, at -> 60);
        double after = state.baseline().expected(window(step), config);
        assertTrue(after < before * 1.1, "expected " + before + " before, " + after + " after six steps of 60");
    }

    @Test
    void aDailyPeakThatRecursIsNotAnAlertOnceLearned() {
        // 2 an hour, but 30 an hour from 09:00 to 12:00 every day.
        IntToLongFunction daily = at -> {
            int hour = at % 24;
            return hour >= 9 && hour < 12 ? 27 + at % 7 : 1 + at % 3;
        };
        run(config.warmup(), daily);
        List<Decision> decisions = run(7 * 24, daily);
        assertEquals(List.of(), decisions, "the morning peak is the series' rhythm, not news");

        assertTrue(state.baseline().expected(MONDAY.plus(Duration.ofHours(10)), config) > 20);
        assertTrue(state.baseline().expected(MONDAY.plus(Duration.ofHours(3)), config) < 4);
        run(3, daily);
        assertEquals(3, step % 24);
        assertEquals(List.of(Status.OPEN), statuses(next(30)), "the same 30 at three in the morning is news");
    }

    @Test
    void theStateSurvivesJsonUnchanged() throws Exception {
        background(10 * 24);
        next(40);
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(state);
        SeriesState read = json.readValue(text, SeriesState.class);

        assertEquals(state, read);
        assertTrue(text.length() < 4000, text.length() + " bytes");
        // And it carries on exactly as the original would.
        assertEquals(detector.observe(state, 70, window(step), SOURCES),
                detector.observe(read, 70, window(step), SOURCES));
    }
}
