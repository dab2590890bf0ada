package io.raqib.alert;

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
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;

import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.AlertActionType;
import io.raqib.schemas.Series;
import io.raqib.schemas.Topics;

/**
 * The alert topology in a TopologyTestDriver, for the tests: mentions in, alert changes out, the stores to look at,
 * and a wall clock to move. The alerts' own clock (raisedAt, updatedAt) stands still at {@code now}.
 */
final class AlertDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> mentions;
    private final TestInputTopic<String, AlertAction> actions;
    private final TestOutputTopic<String, Alert> alerts;
    private final Instant now;
    private Instant wallClock;

    AlertDriver(AlertSettings settings, Instant now) {
        this.now = now;
        this.wallClock = now;
        StreamsBuilder builder = new StreamsBuilder();
        AlertTopology.build(builder, "", settings, Clock.fixed(now, ZoneOffset.UTC), reason -> { });
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-driver");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), config, now);
        mentions = driver.createInputTopic(Topics.TOPIC_MENTIONS.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        actions = driver.createInputTopic(Topics.ALERT_ACTIONS.name(), Serdes.String().serializer(),
                Topics.ALERT_ACTIONS.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    /** One article of {@code series} ({@code topic} or {@code topic@place}) published at {@code time}. */
    void mention(String series, String articleId, Instant time, String outlet) {
        Series parsed = Series.parse(series);
        var mention = Fixtures.mention(articleId, parsed.topic(), parsed.place(), time, outlet);
        mentions.pipeInput(series, Topics.TOPIC_MENTIONS.valueSerde().serializer().serialize("t", mention), time);
    }

    /** {@code count} articles of {@code series} from {@code outlets} outlets, a minute apart from {@code from}. */
    void burst(String series, String tag, Instant from, int count, int outlets) {
        for (int i = 0; i < count; i++) {
            mention(series, tag + "-" + i, from.plusSeconds(60L * i), "outlet " + (i % outlets));
        }
    }

    /** A quiet history: one article every other hour from {@code from} until {@code until}. */
    void quietHistory(String series, Instant from, Instant until) {
        int article = 0;
        for (Instant hour = from; hour.isBefore(until); hour = hour.plus(Duration.ofHours(2))) {
            mention(series, series + "-quiet-" + article++, hour.plusSeconds(30), "s" + (article % 4));
        }
    }

    void act(Alert alert, AlertActionType type, String analyst) {
        actions.pipeInput(alert.getSeries(), AlertAction.newBuilder().setAlertId(alert.getId())
                .setSeries(alert.getSeries()).setAction(type).setAnalyst(analyst).setAt(now).build());
    }

    /** Moves the wall clock to {@code time}: the punctuations due by then run. */
    void wallClockAt(Instant time) {
        driver.advanceWallClockTime(Duration.between(wallClock, time));
        wallClock = time;
    }

    List<Alert> told() {
        return alerts.readValuesToList();
    }

    /** The alert changes with their headers. */
    List<TestRecord<String, Alert>> toldRecords() {
        return alerts.readRecordsToList();
    }

    KeyValueStore<String, Alert> alertStore() {
        return driver.getKeyValueStore(AlertTopology.ALERTS_STORE);
    }

    KeyValueStore<String, SeriesState> states(String storeName) {
        return driver.getKeyValueStore(storeName);
    }

    TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
    }
}
