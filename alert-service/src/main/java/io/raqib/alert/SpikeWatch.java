package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.alert.detect.Decision;
import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;
import io.raqib.schemas.Series;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

/**
 * Watches every series' window tallies and tells when they are news. A series with enough history goes through the
 * learned {@link Detector} (baseline, statistical test, OPEN → UPDATED → RESOLVED). A series still in its warm-up,
 * which has no baseline to be judged against, falls back to the {@link ThresholdRule}: a new topic that is suddenly
 * everywhere must not wait a week to be seen. The detector's state and the alerts live in state stores with
 * changelogs, so a restart neither forgets a baseline nor repeats an alert. What it expected of each window is kept
 * for a while ({@value #EXPECTED_STORE}) for the desk's chart.
 */
final class SpikeWatch implements Processor<Windowed<byte[]>, SeriesTally, String, Alert> {

    static final String STATE_STORE = "series-state";
    /** Per series and window: the {@link Expectation}. A window store, so its retention bounds the history. */
    static final String EXPECTED_STORE = "series-expected";

    private final Detector detector;
    private final ThresholdRule coldStart;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, SeriesState> states;
    private KeyValueStore<String, Alert> alerts;
    private WindowStore<String, Expectation> expectations;

    SpikeWatch(Detector detector, ThresholdRule coldStart, Clock clock) {
        this.detector = detector;
        this.coldStart = coldStart;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.states = context.getStateStore(STATE_STORE);
        this.alerts = context.getStateStore(AlertTopology.ALERTS_STORE);
        this.expectations = context.getStateStore(EXPECTED_STORE);
    }

    @Override
    public void process(Record<Windowed<byte[]>, SeriesTally> record) {
        String series = new String(record.key().key(), StandardCharsets.UTF_8);
        Instant windowStart = record.key().window().startTime();
        SeriesTally tally = record.value();
        SeriesState state = states.get(series);
        state = state == null ? SeriesState.fresh() : state;
        boolean learned = state.baseline().steps() >= detector.config().warmup();

        Detector.Outcome outcome = detector.observe(state, tally.count(), windowStart, tally.sources().size());
        states.put(series, outcome.state());
        remember(series, windowStart, outcome.state(), learned, tally);
        Instant now = Instant.now(clock);
        if (learned) {
            for (Decision decision : outcome.decisions()) {
                emit(record, alert(series, decision, tally, now));
            }
        } else if (coldStart.fires(tally)) {
            emit(record, coldStart.alert(series, windowStart, tally, now));
        }
    }

    /**
     * Keeps what was expected of the window the detector is on. A late revision of an older window, which the
     * detector ignores, leaves that window's record as it was; a revision that changes nothing writes nothing.
     */
    private void remember(String series, Instant windowStart, SeriesState state, boolean learned, SeriesTally tally) {
        long start = windowStart.toEpochMilli();
        if (state.current() == null || state.current().windowStart() != start) {
            return;
        }
        String alertId;
        if (learned) {
            Episode episode = state.episode();
            alertId = episode.phase() == Episode.Phase.OPEN
                    ? ThresholdRule.id(series, Instant.ofEpochMilli(episode.openedAt()))
                    : null;
        } else {
            alertId = tally.count() >= coldStart.threshold() ? ThresholdRule.id(series, windowStart) : null;
        }
        Expectation expectation = new Expectation(state.baseline().expected(windowStart, detector.config()), learned,
                alertId);
        if (!expectation.equals(expectations.fetch(series, start))) {
            expectations.put(series, expectation, start);
        }
    }

    private void emit(Record<Windowed<byte[]>, SeriesTally> record, Alert alert) {
        Alert before = alerts.get(alert.getId());
        if (before != null) {
            alert.setRaisedAt(before.getRaisedAt()); // one alert, raised once, updated since
            alert.setAcknowledgedBy(before.getAcknowledgedBy()); // and what the analyst said stays with it
            alert.setNote(before.getNote());
        }
        alerts.put(alert.getId(), alert);
        context.forward(new Record<>(alert.getId(), alert, record.timestamp(), record.headers()));
    }

    private Alert alert(String series, Decision decision, SeriesTally tally, Instant now) {
        Series parsed = Series.parse(series);
        String topic = parsed.topic();
        String place = parsed.place();
        AlertStatus status = AlertStatus.valueOf(decision.status().name());
        return Alert.newBuilder()
                .setId(ThresholdRule.id(series, decision.opened()))
                .setSeries(series)
                .setTopicId(topic)
                .setPlace(place)
                .setWindowStart(decision.windowStart())
                .setWindowEnd(decision.windowStart().plus(detector.config().window()))
                .setObserved(decision.observed())
                .setExpected(decision.expected())
                .setScore(decision.score())
                .setSeverity(Severity.valueOf(decision.severity().name()))
                .setStatus(status)
                .setRaisedAt(now)
                .setUpdatedAt(now)
                .setExplanation(String.format(Locale.ROOT, "%s: %d articles on %s%s in %d min against %.1f expected "
                        + "(p = %.1e), from %d outlet(s)", status.name().toLowerCase(Locale.ROOT), decision.observed(),
                        topic, place == null ? "" : " at " + place, detector.config().window().toMinutes(),
                        decision.expected(), decision.pValue(), tally.sources().size()))
                .setIndependentSources(tally.sources().size())
                .setEvidence(tally.alertEvidence())
                .build();
    }
}
