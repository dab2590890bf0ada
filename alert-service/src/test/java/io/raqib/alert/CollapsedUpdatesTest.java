package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Topics;

/**
 * With a broker, the record caches hand the watchers a series' latest count once per commit, so one update may bring
 * several articles (a TopologyTestDriver commits after every record, so the other tests never see this). The
 * threshold rule fires on the update that crosses it, once per window, whatever the step. Here {@link SpikeWatch} is
 * told such updates directly, in a topology of its own: counts in, alerts out.
 */
class CollapsedUpdatesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant WINDOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SERIES = "border_infiltration@Hasakah";

    private TopologyTestDriver driver;
    private TestInputTopic<String, Long> counts;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        AlertSettings settings = AlertSettings.of(DetectorConfig.defaults(), new ThresholdRule(3, HOUR,
                Duration.ofMinutes(10)));
        Horizon hour = Horizon.of(settings).get(0);
        Instant now = WINDOW.plus(Duration.ofMinutes(30));
        Topology topology = new Topology();
        topology.addSource("counts", new StringDeserializer(), new LongDeserializer(), "counts");
        topology.addProcessor("observations", AsObservation::new, "counts");
        topology.addProcessor("spike-watch", () -> new SpikeWatch(hour, settings, Clock.fixed(now, ZoneOffset.UTC)),
                "observations");
        topology.addStateStore(AlertTopology.alertsStore(Topics.ALERTS), "spike-watch");
        for (StoreBuilder<?> store : AlertTopology.seriesStores(hour, settings.history())) {
            topology.addStateStore(store, "spike-watch");
        }
        topology.addSink("alerts", Topics.ALERTS.name(), new StringSerializer(),
                Topics.ALERTS.valueSerde().serializer(), "spike-watch");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "collapsed-updates");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, config, now);
        counts = driver.createInputTopic("counts", new StringSerializer(), new LongSerializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), new StringDeserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** The update of the series' count in {@code window}: {@code count} articles from as many outlets. */
    private void observe(Instant window, long count) {
        counts.pipeInput(SERIES, count, window.plusSeconds(60));
    }

    private List<Alert> told() {
        return alerts.readValuesToList();
    }

    /** A count as the tallies would have it, its window the hour of the record's time. */
    private static final class AsObservation extends ContextualProcessor<String, Long, String, Observation> {
        @Override
        public void process(Record<String, Long> count) {
            Instant window = Instant.ofEpochMilli(count.timestamp()).truncatedTo(ChronoUnit.HOURS);
            SeriesTally tally = SeriesTally.empty();
            for (int i = 0; i < count.value(); i++) {
                tally = tally.add(Fixtures.mention(window + "-" + i, "border_infiltration", "Hasakah", window,
                        "outlet " + i));
            }
            context().forward(count.withValue(new Observation(window.toEpochMilli(), tally.count(),
                    tally.outlets().size(), tally.evidence())));
        }
    }

    @Test
    void anUpdatePastTheThresholdFiresOnceForItsWindow() {
        observe(WINDOW, 2);
        assertTrue(told().isEmpty());
        observe(WINDOW, 5); // three articles in one commit
        List<Alert> told = told();
        assertEquals(1, told.size(), told.toString());
        assertEquals(5, told.get(0).getObserved());
        assertEquals(5, told.get(0).getEvidence().size());
        observe(WINDOW, 7);
        assertTrue(told().isEmpty(), "one alert per window");

        observe(WINDOW.plus(HOUR), 4); // the next window starts past it: the same surge, its alert updated
        Alert next = told().get(0);
        assertEquals(told.get(0).getId(), next.getId());
        assertEquals(AlertStatus.UPDATED, next.getStatus());
        assertEquals(WINDOW.plus(HOUR), next.getWindowStart());
    }

    @Test
    void aLateUpdateOfAnEarlierWindowFiresOnceToo() {
        observe(WINDOW.plus(HOUR), 1);
        observe(WINDOW, 4); // late, within grace, past the threshold at once
        List<Alert> told = told();
        assertEquals(1, told.size(), told.toString());
        assertEquals(ThresholdRule.id(SERIES, WINDOW), told.get(0).getId());
        observe(WINDOW, 6);
        assertTrue(told().isEmpty(), "its alert was told");
    }
}
