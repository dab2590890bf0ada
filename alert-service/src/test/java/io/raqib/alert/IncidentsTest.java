package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/** A topic's spike and its places' spikes in the same window are one incident, whichever rises first. */
class IncidentsTest {

    private static final Instant W = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String TOPIC = "border_infiltration";
    private static final String HASAKAH = "border_infiltration@Hasakah";
    private static final String QAMISHLI = "border_infiltration@Qamishli";

    private final AlertDriver d = new AlertDriver(AlertSettings.of(DetectorConfig.defaults().withWarmup(24),
            new ThresholdRule(3, HOUR, Duration.ofMinutes(10))).withQuietCheck(Duration.ofMinutes(1)),
            W.plus(Duration.ofMinutes(30)));

    @AfterEach
    void stop() {
        d.close();
    }

    private static boolean linksOnly(TestRecord<String, Alert> record) {
        return AlertChanges.isLinksOnly(record.headers());
    }

    @Test
    void aPlaceAlertRisingWhileItsTopicsAlertIsOpenJoinsIt() {
        d.burst(TOPIC, "t", W.plusSeconds(60), 3, 3);
        Alert topic = d.told().get(0);
        assertTrue(topic.getPlaceAlertIds().isEmpty());

        d.burst(HASAKAH, "h", W.plusSeconds(300), 3, 3);
        List<TestRecord<String, Alert>> told = d.toldRecords();
        assertEquals(2, told.size());
        Alert place = told.get(0).value();
        assertEquals(AlertStatus.OPEN, place.getStatus());
        assertEquals(topic.getId(), place.getParentId());
        assertFalse(linksOnly(told.get(0)), "the place alert's opening is news");
        Alert relinked = told.get(1).value();
        assertEquals(topic.getId(), relinked.getId());
        assertEquals(List.of(place.getId()), relinked.getPlaceAlertIds());
        assertEquals(AlertStatus.OPEN, relinked.getStatus());
        assertEquals(topic.getUpdatedAt(), relinked.getUpdatedAt());
        assertTrue(linksOnly(told.get(1)), "the topic alert re-told for its new place only: marked, no webhook");

        d.burst(QAMISHLI, "q", W.plusSeconds(600), 3, 3);
        assertEquals(List.of(place.getId(), d.told().get(0).getId()),
                d.alertStore().get(topic.getId()).getPlaceAlertIds());
    }

    @Test
    void aTopicAlertOpeningTakesInTheOpenPlaceAlertsOfItsTopic() {
        d.burst(HASAKAH, "h", W.plusSeconds(60), 3, 3);
        Alert place = d.told().get(0);
        assertNull(place.getParentId());

        d.burst(TOPIC, "t", W.plusSeconds(300), 3, 3);
        List<TestRecord<String, Alert>> told = d.toldRecords();
        assertEquals(2, told.size());
        Alert topic = told.get(0).value();
        assertEquals(List.of(place.getId()), topic.getPlaceAlertIds(), "its opening lists the place");
        assertFalse(linksOnly(told.get(0)));
        assertEquals(place.getId(), told.get(1).value().getId());
        assertEquals(topic.getId(), told.get(1).value().getParentId());
        assertTrue(linksOnly(told.get(1)));
        assertEquals(topic.getId(), d.alertStore().get(place.getId()).getParentId());
    }

    @Test
    void otherTopicsAndOtherWindowsAreNotGrouped() {
        d.burst(TOPIC, "t", W.plusSeconds(60), 3, 3);
        d.burst("smuggling@Hasakah", "s", W.plusSeconds(120), 3, 3);
        d.burst(HASAKAH, "h", W.plus(HOUR).plusSeconds(60), 3, 3);
        List<Alert> told = d.told();
        assertEquals(3, told.size(), "no link-only changes: " + told);
        assertNull(told.get(1).getParentId(), "another topic");
        assertNull(told.get(2).getParentId(), "the topic's threshold alert is of the window before");
        assertTrue(d.alertStore().get(told.get(0).getId()).getPlaceAlertIds().isEmpty());
    }

    @Test
    void learnedSeriesAreGroupedAndStayGroupedWhenResolved() {
        d.quietHistory(TOPIC, W.minus(Duration.ofHours(30)), W);
        d.quietHistory(HASAKAH, W.minus(Duration.ofHours(30)), W);
        d.burst(TOPIC, "t", W.plusSeconds(60), 12, 6);
        String topicId = d.told().get(0).getId();
        d.burst(HASAKAH, "h", W.plusSeconds(900), 12, 6);
        List<TestRecord<String, Alert>> told = d.toldRecords();
        Alert placeOpened = told.get(0).value();
        assertEquals(AlertStatus.OPEN, placeOpened.getStatus());
        assertEquals(topicId, placeOpened.getParentId());
        assertEquals(1, told.stream().filter(IncidentsTest::linksOnly).count(), "the topic alert re-told once");

        d.wallClockAt(W.plus(Duration.ofHours(3)).plusSeconds(15 * 60));
        List<Alert> resolved = d.told();
        assertEquals(2, resolved.size());
        assertTrue(resolved.stream().allMatch(a -> a.getStatus() == AlertStatus.RESOLVED));
        Alert place = resolved.stream().filter(a -> a.getPlace() != null).findFirst().orElseThrow();
        Alert topic = resolved.stream().filter(a -> a.getPlace() == null).findFirst().orElseThrow();
        assertEquals(topicId, place.getParentId());
        assertEquals(List.of(place.getId()), topic.getPlaceAlertIds());
    }
}
