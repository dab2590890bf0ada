package io.raqib.alert.webhook;

import static io.raqib.alert.webhook.WebhookFixtures.alert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

class WebhookPayloadTest {

    /** Configured as Quarkus configures the REST API's mapper. */
    private static final ObjectMapper QUARKUS_LIKE = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void theAlertAsTheApiShowsItWithItsEventAndDeliveryId() throws Exception {
        Alert alert = alert("4f1c2a9b0d3e5f60", "prison_break", "Ghwayran prison", Severity.HIGH,
                AlertStatus.ACKNOWLEDGED);
        alert.setAcknowledgedBy("ليلى");
        JsonNode json = QUARKUS_LIKE.readTree(WebhookPayload.of(alert).json(QUARKUS_LIKE));

        assertEquals("ACKNOWLEDGED", json.path("event").asText());
        assertEquals(DeliveryId.of(alert), json.path("delivery").asText());
        JsonNode view = json.path("alert");
        assertEquals("4f1c2a9b0d3e5f60", view.path("id").asText());
        assertEquals("prison_break", view.path("topic").asText());
        assertEquals("Ghwayran prison", view.path("place").asText());
        assertEquals("HIGH", view.path("severity").asText());
        assertEquals("2024-03-03T09:00:00Z", view.path("windowEnd").asText());
        assertEquals("فرار سجناء من سجن غويران", view.path("evidence").path(0).path("title").asText());
        assertEquals("ليلى", view.path("acknowledgedBy").asText());
    }
}
