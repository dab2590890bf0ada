package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.SeriesHistory.Window;
import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.DetectorConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Topics;

/** The series charts: what the topology keeps per window, read back as the API reads it. */
class SeriesHistoryTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:30:00Z");
    private static final Instant WINDOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String SERIES = "border_infiltration@Hasakah";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> mentions;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, "", new Detector(DetectorConfig.defaults()),
                new ThresholdRule(3, HOUR, Duration.ofMinutes(10)), Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC),
                reason -> { });
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "series-test");
        driver = new TopologyTestDriver(builder.build(), config);
        mentions = driver.createInputTopic(Topics.TOPIC_MENTIONS.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(String series, String articleId, Instant time, String source) {
        var parsed = io.raqib.schemas.Series.parse(series);
        var mention = Fixtures.mention(articleId, parsed.topic(), parsed.place(), time, source);
        mentions.pipeInput(series, Topics.TOPIC_MENTIONS.valueSerde().serializer().serialize("t", mention),
                mention.getTime());
    }

    private SeriesHistory history() {
        return new SeriesHistory(driver.getKeyValueStore(SpikeWatch.STATE_STORE),
                driver.getWindowStore(AlertTopology.TALLY_STORE), driver.getWindowStore(SpikeWatch.EXPECTED_STORE), HOUR,
                Duration.ofDays(7));
    }

    @Test
    void aNewSeriesShowsItsCountsTheBaselineItIsLearningAndTheThresholdAlert() {
        pipe(SERIES, "a1", WINDOW.minus(Duration.ofHours(3)).plusSeconds(5), "وكالة أ");
        pipe(SERIES, "a2", WINDOW.minus(HOUR).plusSeconds(5), "وكالة أ");
        pipe(SERIES, "a3", WINDOW.minus(HOUR).plusSeconds(9), "وكالة ب");
        for (int i = 0; i < 4; i++) {
            pipe(SERIES, "spike-" + i, WINDOW.plusSeconds(60 + i), "outlet " + i);
        }
        Alert alert = alerts.readValue();

        List<Window> windows = history().windows(SERIES, WINDOW.minus(Duration.ofHours(6)), NOW);
        assertEquals(List.of(WINDOW.minus(Duration.ofHours(3)), WINDOW.minus(Duration.ofHours(2)), WINDOW.minus(HOUR),
                WINDOW), windows.stream().map(Window::start).toList(), "from the first window held to the last");
        assertEquals(List.of(1L, 0L, 2L, 4L), windows.stream().map(Window::observed).toList());
        assertEquals(List.of(1, 0, 2, 4), windows.stream().map(Window::outlets).toList());
        assertEquals(WINDOW.plus(HOUR), windows.get(3).end());

        Window silent = windows.get(1);
        assertNull(silent.expected(), "nobody expected anything of a window nothing arrived in");
        assertFalse(silent.alert());
        Window spike = windows.get(3);
        assertEquals(Boolean.FALSE, spike.learned(), "a new series is judged by the threshold");
        assertNotNull(spike.expected());
        assertTrue(spike.expected() > 0 && spike.expected() < 3, "the baseline being learned: " + spike.expected());
        assertTrue(spike.alert());
        assertEquals(alert.getId(), spike.alertId());
        assertFalse(windows.get(2).alert());
    }

    @Test
    void aLearnedSeriesShowsWhatTheDetectorExpectedAndWhileItWasInAlert() {
        Instant start = WINDOW.minus(Duration.ofDays(8));
        int article = 0;
        for (Instant hour = start; hour.isBefore(WINDOW); hour = hour.plus(Duration.ofHours(2))) {
            pipe(SERIES, "quiet-" + article++, hour.plusSeconds(30), "s" + (article % 4));
        }
        for (int i = 0; i < 12; i++) {
            pipe(SERIES, "spike-" + i, WINDOW.plusSeconds(60 + i), "outlet " + (i % 6));
        }
        for (int h = 1; h <= 5; h++) {
            pipe(SERIES, "after-" + h, WINDOW.plus(Duration.ofHours(h)).plusSeconds(30), "s");
        }
        List<Alert> changes = alerts.readValuesToList();
        String id = changes.get(0).getId();
        assertEquals(AlertStatus.RESOLVED, changes.get(changes.size() - 1).getStatus());

        List<Window> windows = history().windows(SERIES, WINDOW.minus(Duration.ofHours(4)),
                WINDOW.plus(Duration.ofHours(6)));
        Window spike = windows.stream().filter(w -> w.start().equals(WINDOW)).findFirst().orElseThrow();
        assertEquals(12, spike.observed());
        assertEquals(6, spike.outlets());
        assertEquals(Boolean.TRUE, spike.learned());
        assertEquals(changes.get(0).getExpected(), spike.expected(), 1e-9, "the expectation the alert was raised on");
        assertTrue(spike.alert());
        assertEquals(id, spike.alertId());
        Window before = windows.stream().filter(w -> w.start().equals(WINDOW.minus(Duration.ofHours(2)))).findFirst()
                .orElseThrow();
        assertFalse(before.alert());
        assertEquals(Boolean.TRUE, before.learned());
        Window last = windows.get(windows.size() - 1);
        assertEquals(WINDOW.plus(Duration.ofHours(5)), last.start());
        assertFalse(last.alert(), "resolved by then");
    }

    @Test
    void aLateArticleCountsInItsWindowWithoutRewritingWhatWasExpectedOfIt() {
        pipe(SERIES, "a1", WINDOW.plusSeconds(60), "s1");
        pipe(SERIES, "a2", WINDOW.plus(HOUR).plusSeconds(60), "s1");
        Window before = history().windows(SERIES, WINDOW, WINDOW.plus(HOUR)).get(0);
        pipe(SERIES, "late", WINDOW.plus(Duration.ofMinutes(59)), "s2"); // within grace of the first window

        Window after = history().windows(SERIES, WINDOW, WINDOW.plus(HOUR)).get(0);
        assertEquals(2, after.observed());
        assertEquals(before.expected(), after.expected());
    }

    @Test
    void aWeekIsKeptAndOlderWindowsAreForgotten() {
        Instant start = WINDOW.minus(Duration.ofDays(10));
        for (Instant hour = start; !hour.isAfter(WINDOW); hour = hour.plus(Duration.ofHours(6))) {
            pipe(SERIES, "a-" + hour.getEpochSecond(), hour.plusSeconds(30), "s");
        }
        List<Window> windows = history().windows(SERIES, start, NOW);
        assertEquals(WINDOW, windows.get(windows.size() - 1).start());
        Instant first = windows.get(0).start();
        assertTrue(!first.isBefore(WINDOW.minus(Duration.ofDays(7))), "kept from " + first);
        assertTrue(first.isBefore(WINDOW.minus(Duration.ofDays(6))), "a week is kept, from " + first);
    }

    @Test
    void theKnownSeriesAreListedMostRecentFirstAndByPlace() {
        pipe("prison_break@Ghwayran prison", "p1", WINDOW.minus(HOUR), "s");
        pipe("prison_break", "p1", WINDOW.minus(HOUR), "s");
        pipe(SERIES, "b1", WINDOW.plusSeconds(5), "s");
        pipe(SERIES, "b2", WINDOW.plusSeconds(6), "s2");

        List<SeriesHistory.Known> all = history().known(null);
        assertEquals(List.of(SERIES, "prison_break", "prison_break@Ghwayran prison"),
                all.stream().map(SeriesHistory.Known::series).toList());
        SeriesHistory.Known latest = all.get(0);
        assertEquals("border_infiltration", latest.topic());
        assertEquals("Hasakah", latest.place());
        assertEquals(WINDOW, latest.lastWindowStart());
        assertEquals(2, latest.lastObserved());
        assertEquals(2, latest.lastOutlets());
        assertEquals(List.of("prison_break@Ghwayran prison"),
                history().known("Ghwayran prison").stream().map(SeriesHistory.Known::series).toList());
        assertEquals(List.of(), history().windows("no_such_topic", WINDOW.minus(HOUR), NOW));
    }
}
