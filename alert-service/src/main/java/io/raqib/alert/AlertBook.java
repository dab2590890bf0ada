package io.raqib.alert;

import java.util.Set;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/**
 * The alerts as {@link SpikeWatch} keeps and tells them: the {@value AlertTopology#ALERTS_STORE} store and the
 * alerts topic, written together, in the same transaction. A new state of an alert keeps the time it was first
 * raised, what the desk said about it, and the incident it is part of.
 */
final class AlertBook {

    private static final Set<AlertStatus> OPEN = Set.of(AlertStatus.OPEN, AlertStatus.UPDATED, AlertStatus.ACKNOWLEDGED);

    private final KeyValueStore<String, Alert> store;
    private final ProcessorContext<String, Alert> context;

    AlertBook(KeyValueStore<String, Alert> store, ProcessorContext<String, Alert> context) {
        this.store = store;
        this.context = context;
    }

    /** Not resolved, by the detector or by an analyst. */
    static boolean open(Alert alert) {
        return OPEN.contains(alert.getStatus());
    }

    Alert get(String id) {
        return store.get(id);
    }

    KeyValueStore<String, Alert> store() {
        return store;
    }

    /** Stores and forwards a new state of the alert; returns it as told. */
    Alert tell(Alert alert, long timestamp, Headers headers) {
        Alert before = store.get(alert.getId());
        if (before != null) {
            alert.setRaisedAt(before.getRaisedAt()); // one alert, raised once, updated since
            alert.setAcknowledgedBy(before.getAcknowledgedBy()); // and what the analyst said stays with it
            alert.setNote(before.getNote());
            if (alert.getParentId() == null) {
                alert.setParentId(before.getParentId()); // once in an incident, always in it
            }
            if (alert.getPlaceAlertIds().isEmpty()) {
                alert.setPlaceAlertIds(before.getPlaceAlertIds());
            }
        }
        store.put(alert.getId(), alert);
        context.forward(new Record<>(alert.getId(), alert, timestamp, headers));
        return alert;
    }

    /**
     * Stores and forwards the alert again because its incident changed, marked as such ({@link AlertChanges}). Its
     * updatedAt stays: nothing happened to the alert itself.
     */
    void relink(Alert alert, long timestamp) {
        store.put(alert.getId(), alert);
        context.forward(new Record<>(alert.getId(), alert, timestamp, AlertChanges.linksOnly()));
    }
}
