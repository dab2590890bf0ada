package io.raqib.alert.webhook;

import java.time.Instant;
import java.util.List;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

/** Alerts as the topology writes them, for the webhook tests. */
final class WebhookFixtures {

    static final Instant WINDOW = Instant.parse("2024-03-03T08:00:00Z");

    private WebhookFixtures() {
    }

    static Alert alert(String id, String topic, String place, Severity severity, AlertStatus status) {
        return Alert.newBuilder()
                .setId(id)
                .setSeries(place == null ? topic : topic + "@" + place)
                .setTopicId(topic)
                .setPlace(place)
                .setWindowStart(WINDOW)
                .setWindowEnd(WINDOW.plusSeconds(3600))
                .setObserved(3)
                .setExpected(0.4)
                .setScore(4.2)
                .setSeverity(severity)
                .setStatus(status)
                .setRaisedAt(WINDOW.plusSeconds(600))
                .setUpdatedAt(WINDOW.plusSeconds(600))
                .setExplanation("3 articles on " + topic + " within 60 min, from 3 outlet(s); threshold 3")
                .setIndependentSources(3)
                .setEvidence(List.of(AlertEvidence.newBuilder().setArticleId("a-1").setTitle("فرار سجناء من سجن غويران")
                        .setUrl("https://news.example/a-1").setSource("outlet 1").setPhrases(List.of("فرار")).build()))
                .build();
    }
}
