package io.raqib.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/**
 * One incident for the desk, not unrelated alerts: when {@code border_infiltration} and
 * {@code border_infiltration@Hasakah} are in alert together, in the same horizon, the place's alert names the
 * topic's as its {@code parentId} and the topic's lists its places in {@code placeAlertIds}. Whichever rises first:
 * a place alert that opens or updates while its topic's alert is open joins it, and a topic alert that opens takes in
 * the open place alerts of its topic that are in no incident yet. Once in an incident, an alert stays in it, after
 * either is resolved too.
 *
 * <p>Both alerts are in this task's store because series are partitioned by topic ({@link ByTopic}). An alert
 * re-told only because it joined or took in another is marked as such ({@link AlertChanges}), and webhooks leave it
 * out: grouping never adds a call.
 */
final class Incidents {

    /** Places listed on a topic's alert; beyond these, place alerts still name their parent. */
    static final int MAX_PLACES = 100;

    private final Horizon horizon;
    private final KeyValueStore<String, SeriesState> states;
    private final WindowStore<String, Expectation> expectations;
    private final AlertBook alerts;

    Incidents(Horizon horizon, KeyValueStore<String, SeriesState> states,
            WindowStore<String, Expectation> expectations, AlertBook alerts) {
        this.horizon = horizon;
        this.states = states;
        this.expectations = expectations;
        this.alerts = alerts;
    }

    /** Tells a new state of an alert, in its incident. */
    void tell(Alert alert, long timestamp, Headers headers) {
        Alert before = alerts.get(alert.getId());
        boolean rising = alert.getStatus() == AlertStatus.OPEN || alert.getStatus() == AlertStatus.UPDATED;
        if (alert.getPlace() != null) {
            Alert topic = rising && (before == null || before.getParentId() == null) ? openTopicAlert(alert) : null;
            if (topic == null) {
                alerts.tell(alert, timestamp, headers);
                return;
            }
            alert.setParentId(topic.getId());
            alerts.tell(alert, timestamp, headers);
            if (adopt(topic, alert.getId())) {
                alerts.relink(topic, timestamp);
            }
        } else if (before == null && alert.getStatus() == AlertStatus.OPEN) {
            List<Alert> places = loosePlaceAlerts(alert.getTopicId());
            places.forEach(place -> adopt(alert, place.getId()));
            alerts.tell(alert, timestamp, headers);
            for (Alert place : places) {
                place.setParentId(alert.getId());
                alerts.relink(place, timestamp);
            }
        } else {
            alerts.tell(alert, timestamp, headers);
        }
    }

    /**
     * The open alert of the place alert's topic, in this horizon: the one the detector holds open for the topic, or,
     * while the topic is in its warm-up, the threshold alert its count of the same window was told under (a surge's
     * alert may have opened windows before). Null when there is none.
     */
    private Alert openTopicAlert(Alert placeAlert) {
        String topic = placeAlert.getTopicId();
        SeriesState state = states.get(topic);
        Instant window = placeAlert.getWindowStart();
        String id;
        if (state != null && state.episode().phase() == Episode.Phase.OPEN) {
            id = horizon.alertId(topic, Instant.ofEpochMilli(state.episode().openedAt()));
        } else {
            Expectation told = expectations.fetch(topic, window.toEpochMilli());
            id = told != null && told.alertId() != null ? told.alertId() : horizon.alertId(topic, window);
        }
        Alert candidate = alerts.get(id);
        return candidate != null && AlertBook.open(candidate) && horizon.counts(candidate) ? candidate : null;
    }

    /** Open alerts at the topic's places in this horizon that are in no incident, the earliest raised first. */
    private List<Alert> loosePlaceAlerts(String topic) {
        List<Alert> loose = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = alerts.store().all()) {
            all.forEachRemaining(entry -> {
                Alert a = entry.value;
                if (a.getPlace() != null && topic.equals(a.getTopicId()) && a.getParentId() == null
                        && AlertBook.open(a) && horizon.counts(a)) {
                    loose.add(a);
                }
            });
        }
        loose.sort(Comparator.comparing(Alert::getRaisedAt).thenComparing(Alert::getId));
        return loose;
    }

    /** Lists the place alert on the topic's, unless it is there or the list is full; whether the list changed. */
    private static boolean adopt(Alert topic, String placeAlertId) {
        List<String> places = topic.getPlaceAlertIds();
        if (places.contains(placeAlertId) || places.size() >= MAX_PLACES) {
            return false;
        }
        List<String> more = new ArrayList<>(places);
        more.add(placeAlertId);
        topic.setPlaceAlertIds(more);
        return true;
    }
}
