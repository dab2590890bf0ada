package io.raqib.alert.webhook;

import java.util.Set;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

/**
 * Which alert changes a subscriber is told about. An empty set means "any"; a place filter passes only alerts with
 * one of those places.
 */
record AlertFilter(Set<String> topics, Set<String> places, Severity minSeverity, Set<AlertStatus> statuses) {

    static final AlertFilter EVERYTHING = new AlertFilter(Set.of(), Set.of(), Severity.LOW, Set.of());

    AlertFilter {
        topics = Set.copyOf(topics);
        places = Set.copyOf(places);
        statuses = Set.copyOf(statuses);
    }

    boolean accepts(Alert alert) {
        return (topics.isEmpty() || topics.contains(alert.getTopicId()))
                && (places.isEmpty() || alert.getPlace() != null && places.contains(alert.getPlace()))
                && alert.getSeverity().compareTo(minSeverity) >= 0
                && (statuses.isEmpty() || statuses.contains(alert.getStatus()));
    }

    /** For the log: "topics [prison_break], severity HIGH and above". */
    String describe() {
        return (topics.isEmpty() ? "every topic" : "topics " + topics)
                + (places.isEmpty() ? "" : ", places " + places)
                + ", severity " + minSeverity + " and above"
                + (statuses.isEmpty() ? "" : ", " + statuses + " only");
    }
}
