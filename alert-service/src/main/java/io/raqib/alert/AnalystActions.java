package io.raqib.alert;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.AlertActionType;
import io.raqib.schemas.AlertStatus;

/**
 * Applies an analyst's acknowledgement or resolution to the alert, in the same store and the same transaction as
 * the detector's own changes, and tells the alerts topic. An action for an alert this instance does not hold (a
 * wrong id) changes nothing.
 */
final class AnalystActions implements Processor<String, AlertAction, String, Alert> {

    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> alerts;

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.alerts = context.getStateStore(AlertTopology.ALERTS_STORE);
    }

    @Override
    public void process(Record<String, AlertAction> record) {
        AlertAction action = record.value();
        Alert alert = alerts.get(action.getAlertId());
        if (alert == null) {
            return;
        }
        alert.setStatus(action.getAction() == AlertActionType.RESOLVE ? AlertStatus.RESOLVED : AlertStatus.ACKNOWLEDGED);
        alert.setAcknowledgedBy(action.getAnalyst());
        alert.setNote(action.getNote());
        alert.setUpdatedAt(action.getAt());
        alerts.put(alert.getId(), alert);
        context.forward(new Record<>(alert.getId(), alert, record.timestamp(), record.headers()));
    }
}
