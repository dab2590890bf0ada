package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.AlertActionType;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.DeadLetters;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.ByTopic;

class AlertTopologyTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:30:00Z");
    private static final Instant WINDOW = Instant.parse("2024-05-01T10:00:00Z");

    private final List<Throwable> deadLettered = new ArrayList<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> mentions;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, "", new Detector(DetectorConfig.defaults()),
                new ThresholdRule(3, Duration.ofHours(1), Duration.ofMinutes(10)), Clock.fixed(NOW, ZoneOffset.UTC),
                deadLettered::add);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), config);
        mentions = driver.createInputTopic(Topics.TOPIC_MENTIONS.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.ALERT_DEAD_LETTERS.name(), Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(String series, TopicMention mention) {
        mentions.pipeInput(series, Topics.TOPIC_MENTIONS.valueSerde().serializer().serialize("t", mention),
                mention.getTime());
    }

    private void pipe(String articleId, Instant time, String source) {
        pipe("border_infiltration@Hasakah", Fixtures.mention(articleId, "border_infiltration", "Hasakah", time, source));
    }

    @Test
    void aMentionOffItsTopicsPartitionCrossesToItAndCounts() {
        // The driver delivers every record on partition 0: a topic that ByTopic puts elsewhere arrives off its own.
        String strays = "alert-test-mentions-by-topic-repartition";
        String home = topicOnPartitionZero(true);
        String away = topicOnPartitionZero(false);
        pipe(home + "@Hasakah", Fixtures.mention("a1", home, "Hasakah", WINDOW.plusSeconds(60), "SANA"));
        pipe(home, Fixtures.mention("a1", home, null, WINDOW.plusSeconds(60), "SANA"));
        assertFalse(driver.producedTopicNames().contains(strays), "counted where it arrived");
        pipe(away + "@Hasakah", Fixtures.mention("a1", away, "Hasakah", WINDOW.plusSeconds(60), "SANA"));
        assertTrue(driver.producedTopicNames().contains(strays), "sent to its topic's partition");
        for (String series : List.of(home + "@Hasakah", home, away + "@Hasakah")) {
            WindowStore<byte[], SeriesTally> tallies = driver.getWindowStore(AlertTopology.TALLY_STORE);
            assertEquals(1, tallies.fetch(series.getBytes(StandardCharsets.UTF_8), WINDOW.toEpochMilli()).count(),
                    series);
        }
    }

    @Test
    void aCountReachesItsDetectorWithoutCrossingATopic() {
        // One commit of alert-service between a mention and its alert: the counts and the detectors share a task.
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, "", AlertSettings.of(DetectorConfig.defaults(),
                new ThresholdRule(3, Duration.ofHours(1), Duration.ofMinutes(10)))
                .withHorizons(List.of(Duration.ofHours(1), Duration.ofDays(1))), Clock.systemUTC(), e -> { });
        TopologyDescription.Subtopology watching = builder.build().describe().subtopologies().stream()
                .filter(sub -> sub.nodes().stream().anyMatch(node -> node.name().equals("spike-watch")))
                .findFirst().orElseThrow();
        Set<String> sources = watching.nodes().stream()
                .filter(node -> node instanceof TopologyDescription.Source)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream())
                .collect(Collectors.toSet());
        assertTrue(sources.contains(Topics.TOPIC_MENTIONS.name()), sources.toString());
        assertTrue(watching.nodes().stream().anyMatch(node -> node.name().equals("spike-watch-pt24h")),
                "the day's detector too");
    }

    private static String topicOnPartitionZero(boolean onIt) {
        for (int i = 0; ; i++) {
            String topic = "topic_" + i;
            if ((ByTopic.partition(topic, Topics.TOPIC_MENTIONS.partitions()) == 0) == onIt) {
                return topic;
            }
        }
    }

    @Test
    void raisesOneExplainedAlertWhenASeriesReachesTheThresholdInAWindow() {
        pipe("a1", WINDOW.plusSeconds(60), "وكالة أ");
        pipe("a2", WINDOW.plusSeconds(120), "وكالة ب");
        assertTrue(alerts.isEmpty());
        pipe("a3", WINDOW.plusSeconds(180), "وكالة ج");
        pipe("a4", WINDOW.plusSeconds(240), "وكالة د");

        List<Alert> raised = alerts.readValuesToList();
        assertEquals(1, raised.size());
        Alert alert = raised.get(0);
        assertEquals("border_infiltration@Hasakah", alert.getSeries());
        assertEquals("border_infiltration", alert.getTopicId());
        assertEquals("Hasakah", alert.getPlace());
        assertEquals(WINDOW, alert.getWindowStart());
        assertEquals(WINDOW.plus(Duration.ofHours(1)), alert.getWindowEnd());
        assertEquals(3, alert.getObserved());
        assertEquals(3, alert.getIndependentSources());
        assertEquals(AlertStatus.OPEN, alert.getStatus());
        assertEquals(NOW, alert.getRaisedAt());
        assertEquals(List.of("a3", "a2", "a1"), alert.getEvidence().stream().map(e -> e.getArticleId()).toList());
        assertTrue(alert.getExplanation().contains("3 articles on border_infiltration at Hasakah"));

        KeyValueStore<String, Alert> store = driver.getKeyValueStore(AlertTopology.ALERTS_STORE);
        assertEquals(alert, store.get(alert.getId()));
    }

    @Test
    void aSeriesWithAWeekOfHistoryIsJudgedByTheDetectorWithoutStormsAndResolves() {
        Instant start = WINDOW.minus(Duration.ofDays(8));
        int article = 0;
        // A quiet week and a day: one article every other hour.
        for (Instant hour = start; hour.isBefore(WINDOW); hour = hour.plus(Duration.ofHours(2))) {
            pipe("quiet-" + article++, hour.plusSeconds(30), "s" + (article % 4));
        }
        KeyValueStore<String, SeriesState> states = driver.getKeyValueStore(SpikeWatch.STATE_STORE);
        assertTrue(states.get("border_infiltration@Hasakah").baseline().steps() >= 7 * 24);
        assertTrue(alerts.isEmpty(), "a quiet series raises nothing");

        for (int i = 0; i < 12; i++) { // then twelve articles from six outlets in one hour
            pipe("spike-" + i, WINDOW.plusSeconds(60 + i), "outlet " + (i % 6));
        }
        List<Alert> raised = alerts.readValuesToList();
        assertEquals(AlertStatus.OPEN, raised.get(0).getStatus());
        assertTrue(raised.get(0).getExpected() > 0 && raised.get(0).getExpected() < 3, raised.get(0).toString());
        assertTrue(raised.get(0).getScore() > 2);
        assertTrue(raised.size() <= 5, "no storm: " + raised.size() + " alert changes for one spike");
        assertTrue(raised.stream().allMatch(a -> a.getId().equals(raised.get(0).getId())), "one alert, updated");

        // Quiet hours again: the alert resolves, and keeps the time it was raised.
        for (int h = 1; h <= 5; h++) {
            pipe("after-" + h, WINDOW.plus(Duration.ofHours(h)).plusSeconds(30), "s");
        }
        List<Alert> later = alerts.readValuesToList();
        Alert resolved = later.get(later.size() - 1);
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals(raised.get(0).getId(), resolved.getId());
        KeyValueStore<String, Alert> store = driver.getKeyValueStore(AlertTopology.ALERTS_STORE);
        assertEquals(AlertStatus.RESOLVED, store.get(resolved.getId()).getStatus());
    }

    @Test
    void anArticleDeliveredTwiceCountsOnce() {
        pipe("a1", WINDOW.plusSeconds(60), "s");
        pipe("a1", WINDOW.plusSeconds(60), "s");
        pipe("a2", WINDOW.plusSeconds(61), "s");
        assertTrue(alerts.isEmpty());
        pipe("a3", WINDOW.plusSeconds(62), "s");
        assertEquals(List.of("a3", "a2", "a1"),
                alerts.readValue().getEvidence().stream().map(e -> e.getArticleId()).toList());
    }

    @Test
    void anAnalystAcknowledgesAnAlertAndALaterUpdateKeepsWhatTheySaid() {
        pipe("a1", WINDOW.plusSeconds(1), "s1");
        pipe("a2", WINDOW.plusSeconds(2), "s2");
        pipe("a3", WINDOW.plusSeconds(3), "s3");
        Alert alert = alerts.readValue();
        var actions = driver.createInputTopic(Topics.ALERT_ACTIONS.name(), Serdes.String().serializer(),
                Topics.ALERT_ACTIONS.valueSerde().serializer());

        actions.pipeInput(alert.getSeries(), AlertAction.newBuilder().setAlertId(alert.getId())
                .setSeries(alert.getSeries()).setAction(AlertActionType.ACKNOWLEDGE).setAnalyst("ليلى")
                .setNote("نتابع مع المراسل").setAt(NOW).build());
        actions.pipeInput(alert.getSeries(), AlertAction.newBuilder().setAlertId("no-such-alert")
                .setSeries(alert.getSeries()).setAction(AlertActionType.RESOLVE).setAnalyst("ليلى").setAt(NOW).build());

        Alert acknowledged = alerts.readValue();
        assertEquals(AlertStatus.ACKNOWLEDGED, acknowledged.getStatus());
        assertEquals("ليلى", acknowledged.getAcknowledgedBy());
        assertTrue(alerts.isEmpty(), "an action on an unknown alert changes nothing");
        KeyValueStore<String, Alert> store = driver.getKeyValueStore(AlertTopology.ALERTS_STORE);
        assertEquals("نتابع مع المراسل", store.get(alert.getId()).getNote());
    }

    @Test
    void aStoryRepublishedWithMoreOutletsCountsOnceButEveryOutletIsAVoice() {
        pipe("a1", WINDOW.plusSeconds(1), "s1");
        var merged = Fixtures.mention("a1", "border_infiltration", "Hasakah", WINDOW.plusSeconds(1), "s1");
        merged.setAlsoReportedBy(List.of("s2", "s3"));
        pipe("border_infiltration@Hasakah", merged);
        pipe("a2", WINDOW.plusSeconds(2), "s1");
        assertTrue(alerts.isEmpty(), "two articles, not three");
        pipe("a3", WINDOW.plusSeconds(3), "s1");
        Alert alert = alerts.readValue();
        assertEquals(3, alert.getObserved());
        assertEquals(3, alert.getIndependentSources());
    }

    @Test
    void mentionsInDifferentWindowsOrSeriesDoNotAddUp() {
        pipe("a1", WINDOW.minusSeconds(60), "s");
        pipe("a2", WINDOW.plusSeconds(60), "s");
        pipe("border_infiltration", Fixtures.mention("a3", "border_infiltration", null, WINDOW.plusSeconds(90), "s"));
        assertTrue(alerts.isEmpty());
    }

    @Test
    void anArticleTooLateForItsWindowIsDropped() {
        pipe("a1", WINDOW.plus(Duration.ofHours(3)), "s"); // stream time moves on past window + grace
        pipe("a2", WINDOW.plusSeconds(60), "s");
        pipe("a3", WINDOW.plusSeconds(61), "s");
        pipe("a4", WINDOW.plusSeconds(62), "s");
        assertTrue(alerts.isEmpty());
    }

    @Test
    void aMentionThatCannotBeReadIsDeadLetteredAndCountingGoesOn() {
        mentions.pipeInput("border_infiltration@Hasakah", new byte[] {(byte) 0xC3, 0x01, 9, 9}, WINDOW);
        pipe("a1", WINDOW.plusSeconds(1), "s");
        pipe("a2", WINDOW.plusSeconds(2), "s");
        pipe("a3", WINDOW.plusSeconds(3), "s");

        var dead = dlq.readRecord();
        assertEquals("alert-service", new String(dead.headers().lastHeader(DeadLetters.SERVICE).value(),
                StandardCharsets.UTF_8));
        assertEquals(1, deadLettered.size());
        assertEquals(3, alerts.readValue().getObserved());
    }
}
