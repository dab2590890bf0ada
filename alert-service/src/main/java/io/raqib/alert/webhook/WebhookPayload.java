package io.raqib.alert.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.alert.AlertView;
import io.raqib.schemas.Alert;

/**
 * The body of a call: the alert as the REST API shows it, what happened to it, and the delivery id. The id is in
 * the body too, where the signature covers it: a receiver can deduplicate on a value nobody could have changed.
 *
 * @param delivery the same as the X-Raqib-Delivery header
 * @param event    OPEN, UPDATED, RESOLVED or ACKNOWLEDGED: the alert's status after the change
 */
record WebhookPayload(String delivery, String event, AlertView alert) {

    static WebhookPayload of(Alert alert) {
        return new WebhookPayload(DeliveryId.of(alert), alert.getStatus().name(), AlertView.of(alert));
    }

    /** JSON, written by the REST API's own mapper so that both show an alert alike. */
    byte[] json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert view is always writable as JSON", e);
        }
    }
}
