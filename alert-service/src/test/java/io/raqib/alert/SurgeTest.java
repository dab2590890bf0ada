package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertActionType;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

/**
 * A series in its warm-up that stays over the threshold hour after hour is one surge: one alert, updated each window,
 * resolved after the last one, not a new alert for the desk at the top of every hour.
 */
class SurgeTest {

    private static final Instant W = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String TOPIC = "prison_break";
    private static final String PLACE = "prison_break@Hasakah";

    private AlertDriver d;

    @BeforeEach
    void start() {
        AlertSettings settings = AlertSettings.of(DetectorConfig.defaults(),
                new ThresholdRule(3, HOUR, Duration.ofMinutes(10))).withQuietCheck(Duration.ofMinutes(1));
        d = new AlertDriver(settings, W.plus(Duration.ofMinutes(30)));
    }

    @AfterEach
    void stop() {
        d.close();
    }

    @Test
    void aNewSeriesOverTheThresholdHourAfterHourKeepsOneAlertUpdatedEachWindow() {
        for (int h = 0; h < 3; h++) {
            d.burst(TOPIC, "h" + h, W.plus(HOUR.multipliedBy(h)).plusSeconds(60), 4, 2);
        }
        List<Alert> told = d.told();
        assertEquals(3, told.size(), "one change a window: " + told);
        Alert opened = told.get(0);
        assertEquals(AlertStatus.OPEN, opened.getStatus());
        assertEquals(W, opened.getWindowStart());
        for (int h = 1; h < 3; h++) {
            Alert update = told.get(h);
            assertEquals(opened.getId(), update.getId(), "the same alert");
            assertEquals(AlertStatus.UPDATED, update.getStatus());
            assertEquals(W.plus(HOUR.multipliedBy(h)), update.getWindowStart(), "about the window that crossed");
            assertEquals(3, update.getObserved());
            assertEquals(opened.getRaisedAt(), update.getRaisedAt());
            assertTrue(update.getExplanation().contains("crossed again"), update.getExplanation());
            assertTrue(update.getEvidence().get(0).getArticleId().startsWith("h" + h), "this window's articles");
        }
        assertEquals(1, count(d.alertStore().all()), "one alert in the store");
        WindowStore<String, Expectation> expected = d.driver().getWindowStore(SpikeWatch.EXPECTED_STORE);
        for (int h = 0; h < 3; h++) {
            assertEquals(opened.getId(), expected.fetch(TOPIC, W.plus(HOUR.multipliedBy(h)).toEpochMilli()).alertId(),
                    "the desk's chart shows every window of the surge under its alert");
        }
    }

    @Test
    void aSurgeKeepsTheHighestSeverityItReached() {
        d.burst(TOPIC, "wide", W.plusSeconds(60), 3, 3);
        d.burst(TOPIC, "narrow", W.plus(HOUR).plusSeconds(60), 3, 1);
        List<Alert> told = d.told();
        assertEquals(Severity.MEDIUM, told.get(0).getSeverity(), "three outlets");
        assertEquals(1, told.get(1).getIndependentSources());
        assertEquals(Severity.MEDIUM, told.get(1).getSeverity(), "one outlet this hour, but the surge reached MEDIUM");
    }

    @Test
    void aSurgeThatPausesForAWindowRaisesANewAlert() {
        d.burst(TOPIC, "first", W.plusSeconds(60), 3, 3);
        d.burst(TOPIC, "lull", W.plus(HOUR).plusSeconds(60), 2, 2);
        d.burst(TOPIC, "again", W.plus(HOUR.multipliedBy(2)).plusSeconds(60), 3, 3);
        List<Alert> told = d.told();
        assertEquals(2, told.size(), told.toString());
        assertEquals(AlertStatus.OPEN, told.get(1).getStatus());
        assertNotEquals(told.get(0).getId(), told.get(1).getId());
    }

    @Test
    void anAlertTheAnalystResolvedEndsItsSurge() {
        List<Alert> firstAndNext = surgeAfter(AlertActionType.RESOLVE);
        assertEquals(AlertStatus.OPEN, firstAndNext.get(1).getStatus());
        assertNotEquals(firstAndNext.get(0).getId(), firstAndNext.get(1).getId(),
                "the desk closed the first: this is news again");
    }

    @Test
    void anAcknowledgedSurgeGoesOnAndKeepsWhatTheAnalystSaid() {
        List<Alert> firstAndNext = surgeAfter(AlertActionType.ACKNOWLEDGE);
        assertEquals(firstAndNext.get(0).getId(), firstAndNext.get(1).getId());
        assertEquals("ليلى", firstAndNext.get(1).getAcknowledgedBy());
    }

    /** A surge's first hour, the analyst's action on its alert, then the next hour over the threshold again. */
    private List<Alert> surgeAfter(AlertActionType action) {
        d.burst(TOPIC, "first", W.plusSeconds(60), 3, 3);
        Alert first = d.told().get(0);
        d.act(first, action, "ليلى");
        d.told();
        d.burst(TOPIC, "next", W.plus(HOUR).plusSeconds(60), 3, 3);
        return List.of(first, d.told().get(0));
    }

    @Test
    void theSurgesAlertResolvesTwoWindowsAfterTheLastOneOverTheThreshold() {
        d.burst(TOPIC, "h0", W.plusSeconds(60), 3, 3);
        d.burst(TOPIC, "h1", W.plus(HOUR).plusSeconds(60), 3, 3);
        String id = d.told().get(0).getId();

        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(15 * 60));
        assertTrue(d.told().isEmpty(), "two windows after the first, but the surge went on in the second");
        d.wallClockAt(W.plus(Duration.ofHours(4)).plusSeconds(15 * 60));
        Alert resolved = d.told().get(0);
        assertEquals(id, resolved.getId());
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertTrue(resolved.getExplanation().startsWith("resolved: 2 windows of 60 min have closed since the last"),
                resolved.getExplanation());
    }

    @Test
    void aPlaceAlertJoinsItsTopicsSurgeInALaterWindow() {
        d.burst(TOPIC, "t0", W.plusSeconds(60), 3, 3);
        d.burst(TOPIC, "t1", W.plus(HOUR).plusSeconds(60), 3, 3);
        String topicAlert = d.told().get(0).getId();
        d.burst(PLACE, "p1", W.plus(HOUR).plusSeconds(600), 3, 3);
        Alert place = d.told().stream().filter(a -> PLACE.equals(a.getSeries())).findFirst().orElseThrow();
        assertEquals(topicAlert, place.getParentId());
        assertEquals(List.of(place.getId()), d.alertStore().get(topicAlert).getPlaceAlertIds());
    }

    private static int count(java.util.Iterator<?> all) {
        int n = 0;
        for (; all.hasNext(); all.next()) {
            n++;
        }
        return n;
    }
}
