package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;

/**
 * With a broker, the record caches hand the watchers a series' latest count once per commit, so one update may bring
 * several articles (the driver commits after every record, so the other tests never see this). The threshold rule
 * fires on the update that crosses it, once per window, whatever the step.
 */
class CollapsedUpdatesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant WINDOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SERIES = "border_infiltration@Hasakah";

    private AlertDriver d;
    private TestInputTopic<String, Observation> observations;

    @BeforeEach
    void start() {
        d = new AlertDriver(AlertSettings.of(DetectorConfig.defaults(), new ThresholdRule(3, HOUR,
                Duration.ofMinutes(10))), WINDOW.plus(Duration.ofMinutes(30)));
        observations = d.driver().createInputTopic("alert-driver-observations-by-topic-repartition",
                Serdes.String().serializer(), new ObservationSerde());
    }

    @AfterEach
    void stop() {
        d.close();
    }

    private void observe(Instant window, int count) {
        SeriesTally tally = SeriesTally.empty();
        for (int i = 0; i < count; i++) {
            tally = tally.add(Fixtures.mention(window + "-" + i, "border_infiltration", "Hasakah", window,
                    "outlet " + i));
        }
        observations.pipeInput(SERIES, new Observation(window.toEpochMilli(), tally.count(), count,
                tally.evidence()), window.plusSeconds(60));
    }

    @Test
    void anUpdatePastTheThresholdFiresOnceForItsWindow() {
        observe(WINDOW, 2);
        assertTrue(d.told().isEmpty());
        observe(WINDOW, 5); // three articles in one commit
        List<Alert> told = d.told();
        assertEquals(1, told.size(), told.toString());
        assertEquals(5, told.get(0).getObserved());
        assertEquals(5, told.get(0).getEvidence().size());
        observe(WINDOW, 7);
        assertTrue(d.told().isEmpty(), "one alert per window");

        observe(WINDOW.plus(HOUR), 4); // the next window starts past it: the same surge, its alert updated
        Alert next = d.told().get(0);
        assertEquals(told.get(0).getId(), next.getId());
        assertEquals(AlertStatus.UPDATED, next.getStatus());
        assertEquals(WINDOW.plus(HOUR), next.getWindowStart());
    }

    @Test
    void aLateUpdateOfAnEarlierWindowFiresOnceToo() {
        observe(WINDOW.plus(HOUR), 1);
        observe(WINDOW, 4); // late, within grace, past the threshold at once
        List<Alert> told = d.told();
        assertEquals(1, told.size(), told.toString());
        assertEquals(ThresholdRule.id(SERIES, WINDOW), told.get(0).getId());
        observe(WINDOW, 6);
        assertTrue(d.told().isEmpty(), "its alert was told");
    }
}
