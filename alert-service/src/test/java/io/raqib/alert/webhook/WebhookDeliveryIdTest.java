package io.raqib.alert.webhook;

import static io.raqib.alert.webhook.WebhookFixtures.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

class WebhookDeliveryIdTest {

    private static Alert opened() {
        return alert("4f1c2a9b0d3e5f60", "prison_break", "Ghwayran prison", Severity.MEDIUM, AlertStatus.OPEN);
    }

    @Test
    void theSameStateAlwaysHasTheSameId() {
        String id = DeliveryId.of(opened());
        assertEquals(id, DeliveryId.of(opened()));
        assertTrue(id.matches("[0-9a-f]{32}"), id);
    }

    @Test
    void theNotesAndEvidenceAreNotPartOfIt() {
        Alert other = opened();
        other.setExplanation("reworded");
        other.setNote("a note");
        assertEquals(DeliveryId.of(opened()), DeliveryId.of(other));
    }

    @Test
    void everyChangeOfTheAlertIsANewDelivery() {
        String id = DeliveryId.of(opened());
        Alert updated = opened();
        updated.setObserved(5);
        assertNotEquals(id, DeliveryId.of(updated));
        Alert acknowledged = opened();
        acknowledged.setStatus(AlertStatus.ACKNOWLEDGED);
        assertNotEquals(id, DeliveryId.of(acknowledged));
        Alert acknowledgedAgain = opened();
        acknowledgedAgain.setStatus(AlertStatus.ACKNOWLEDGED);
        acknowledgedAgain.setUpdatedAt(acknowledged.getUpdatedAt().plusSeconds(60));
        assertNotEquals(DeliveryId.of(acknowledged), DeliveryId.of(acknowledgedAgain));
        Alert otherAlert = opened();
        otherAlert.setId("0000000000000000");
        assertNotEquals(id, DeliveryId.of(otherAlert));
    }
}
