package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

class GroupedAlertsTest {

    private static Alert alert(String id, String topic, String place, String parentId, List<String> places) {
        Instant start = Instant.parse("2024-05-01T10:00:00Z");
        return Alert.newBuilder().setId(id).setSeries(place == null ? topic : topic + "@" + place).setTopicId(topic)
                .setPlace(place).setWindowStart(start).setWindowEnd(start.plusSeconds(3600)).setObserved(3)
                .setExpected(0).setScore(1).setSeverity(Severity.LOW).setStatus(AlertStatus.OPEN).setRaisedAt(start)
                .setUpdatedAt(start).setIndependentSources(3).setParentId(parentId).setPlaceAlertIds(places).build();
    }

    @Test
    void placeAlertsAreNestedUnderTheirTopicsAlertWhenItIsListed() {
        Alert topic = alert("t", "border_infiltration", null, null, List.of("h", "q"));
        Alert hasakah = alert("h", "border_infiltration", "Hasakah", "t", List.of());
        Alert other = alert("s", "smuggling", "Hasakah", null, List.of());
        Alert orphan = alert("q", "border_infiltration", "Qamishli", "not-listed", List.of());

        List<AlertView> rows = GroupedAlerts.of(List.of(hasakah, topic, other, orphan));

        assertEquals(List.of("t", "s", "q"), rows.stream().map(AlertView::id).toList());
        assertEquals(List.of("h"), rows.get(0).places().stream().map(AlertView::id).toList());
        assertEquals("t", rows.get(0).places().get(0).parentId());
        assertEquals(List.of("h", "q"), rows.get(0).placeAlertIds());
        assertEquals(List.of(), rows.get(1).places());
        assertEquals("PT1H", rows.get(0).window());
        assertNull(AlertView.of(topic).places(), "ungrouped, no places field");
    }
}
