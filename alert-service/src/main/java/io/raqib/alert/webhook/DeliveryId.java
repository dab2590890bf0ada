package io.raqib.alert.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.raqib.schemas.Alert;

/**
 * The idempotency key of a call ({@code X-Raqib-Delivery}): the same for every retry and every redelivery of one
 * state of one alert, different for its next change. updatedAt is part of it because an analyst's second
 * acknowledgement, with a new note, changes nothing else.
 */
final class DeliveryId {

    private DeliveryId() {
    }

    static String of(Alert alert) {
        String state = String.join("|", alert.getId(), alert.getStatus().name(), Long.toString(alert.getObserved()),
                Long.toString(alert.getWindowEnd().toEpochMilli()), Long.toString(alert.getUpdatedAt().toEpochMilli()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
