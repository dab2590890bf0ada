package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertActionType;
import io.raqib.schemas.AlertStatus;

/**
 * A spike that simply stops: no mention comes to resolve its alert, so the quiet check does, by the wall clock, with
 * the detector's own rule.
 */
class SilentSeriesTest {

    private static final Instant W = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String SERIES = "border_infiltration@Hasakah";

    private AlertDriver driver;

    /** A day of warm-up instead of a week keeps the history short; windows of an hour, 10 minutes of grace. */
    private AlertDriver start(Duration quietCheck) {
        AlertSettings settings = AlertSettings.of(DetectorConfig.defaults().withWarmup(24),
                new ThresholdRule(3, HOUR, Duration.ofMinutes(10))).withQuietCheck(quietCheck);
        driver = new AlertDriver(settings, W.plus(Duration.ofMinutes(30)));
        return driver;
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A learned series, then twelve articles from six outlets in window W: the detector opens an alert. */
    private Alert spike(AlertDriver d) {
        d.quietHistory(SERIES, W.minus(Duration.ofHours(30)), W);
        d.burst(SERIES, "spike", W.plusSeconds(60), 12, 6);
        List<Alert> told = d.told();
        assertEquals(AlertStatus.OPEN, told.get(0).getStatus());
        return told.get(told.size() - 1);
    }

    private SeriesState state(AlertDriver d) {
        return d.states(SpikeWatch.STATE_STORE).get(SERIES);
    }

    @Test
    void anAlertWhoseSeriesFallsSilentResolvesByTheDetectorsRuleOnceTheQuietWindowsAreOver() {
        AlertDriver d = start(Duration.ofMinutes(1));
        Alert open = spike(d);

        d.wallClockAt(W.plus(HOUR).plusSeconds(5 * 60));
        assertTrue(d.told().isEmpty(), "the spike's window is still open to late articles");
        d.wallClockAt(W.plus(HOUR).plusSeconds(15 * 60));
        assertEquals(W.plus(HOUR).toEpochMilli(), state(d).current().windowStart(), "the spike's window is learned");
        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(5 * 60));
        assertTrue(d.told().isEmpty(), "one quiet window is not enough, and the second is not over yet");

        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(15 * 60));
        List<Alert> told = d.told();
        assertEquals(1, told.size());
        Alert resolved = told.get(0);
        assertEquals(open.getId(), resolved.getId());
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals(W.plus(Duration.ofHours(2)), resolved.getWindowStart(), "the second quiet window resolved it");
        assertEquals(0, resolved.getObserved());
        assertEquals(open.getRaisedAt(), resolved.getRaisedAt());
        assertEquals(open.getEvidence(), resolved.getEvidence(), "the articles behind the alert stay with it");
        assertEquals(resolved, d.alertStore().get(open.getId()));
        assertEquals(Episode.Phase.COOLING, state(d).episode().phase());

        d.wallClockAt(W.plus(Duration.ofHours(6)));
        assertTrue(d.told().isEmpty(), "resolved once");
    }

    @Test
    void theCooldownAfterASilentResolutionHolds() {
        AlertDriver d = start(Duration.ofMinutes(1));
        spike(d);
        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(15 * 60));
        assertEquals(AlertStatus.RESOLVED, d.told().get(0).getStatus());

        d.burst(SERIES, "again", W.plus(Duration.ofHours(4)).plusSeconds(60), 12, 6);
        assertTrue(d.told().isEmpty(), "a spike during the cooldown opens nothing");
    }

    @Test
    void aSeriesStillTalkingIsLeftToItsMentions() {
        AlertDriver d = start(Duration.ofMinutes(1));
        spike(d);
        d.mention(SERIES, "late-news", W.plus(HOUR).plusSeconds(20 * 60), "outlet 1");
        d.wallClockAt(W.plus(HOUR).plusSeconds(40 * 60));

        assertTrue(d.told().isEmpty());
        SeriesState state = state(d);
        assertEquals(W.plus(HOUR).toEpochMilli(), state.current().windowStart());
        assertEquals(1, state.current().count(), "the window in progress is not taken for an empty one");
        assertEquals(Episode.Phase.OPEN, state.episode().phase());
    }

    @Test
    void aThresholdAlertOfANewSeriesResolvesOnceTwoMoreWindowsHaveClosedAndKeepsWhatTheAnalystSaid() {
        AlertDriver d = start(Duration.ofMinutes(1));
        d.burst(SERIES, "new", W.plusSeconds(60), 3, 3);
        Alert open = d.told().get(0);
        d.act(open, AlertActionType.ACKNOWLEDGE, "ليلى");
        assertEquals(AlertStatus.ACKNOWLEDGED, d.told().get(0).getStatus());

        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(5 * 60));
        assertTrue(d.told().isEmpty());
        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(10 * 60));
        Alert resolved = d.told().get(0);
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals(open.getId(), resolved.getId());
        assertEquals("ليلى", resolved.getAcknowledgedBy());
        assertTrue(resolved.getExplanation().startsWith("resolved"), resolved.getExplanation());
    }

    @Test
    void anAlertAnAnalystResolvedAndASeriesWithoutAlertAreLeftAlone() {
        AlertDriver d = start(Duration.ofMinutes(1));
        d.quietHistory("smuggling", W.minus(Duration.ofHours(4)), W);
        d.burst(SERIES, "new", W.plusSeconds(60), 3, 3);
        d.act(d.told().get(0), AlertActionType.RESOLVE, "ليلى");
        d.told();
        SeriesState before = d.states(SpikeWatch.STATE_STORE).get("smuggling");

        d.wallClockAt(W.plus(Duration.ofDays(1)));
        assertTrue(d.told().isEmpty());
        assertNotNull(before);
        assertEquals(before, d.states(SpikeWatch.STATE_STORE).get("smuggling"), "only series with alerts are checked");
    }

    @Test
    void theCheckRunsAtItsConfiguredInterval() {
        AlertDriver d = start(Duration.ofHours(4));
        spike(d);
        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(15 * 60));
        assertTrue(d.told().isEmpty(), "not yet checked: the first check is four hours after the start");
        d.wallClockAt(W.plus(Duration.ofHours(4)).plusSeconds(31 * 60));
        assertEquals(AlertStatus.RESOLVED, d.told().get(0).getStatus());
    }
}
