package io.raqib.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

import io.raqib.alert.detect.Decision;
import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Alert;

/**
 * Watches every series' window counts in one horizon and tells when they are news. A series with enough history goes
 * through the learned {@link Detector} (baseline, statistical test, OPEN → UPDATED → RESOLVED). In the primary
 * horizon, a series still in its warm-up, which has no baseline to be judged against, falls back to the
 * {@link ThresholdRule}: a new topic that is suddenly everywhere must not wait a week to be seen. The detector's state
 * and the alerts live in state stores with changelogs, so a restart neither forgets a baseline nor repeats an alert.
 * What it expected of each window is kept for a while ({@value #EXPECTED_STORE}) for the desk's chart.
 *
 * <p>Every {@code quietCheck} of wall-clock time it looks at the open alerts whose series went silent, so that a
 * spike that simply stops resolves too ({@link QuietCheck}). Alerts of a topic and of its places are told as one
 * incident ({@link Incidents}).
 */
final class SpikeWatch implements Processor<String, Observation, String, Alert> {

    static final String STATE_STORE = "series-state";
    /** Per series and window: the {@link Expectation}. A window store, so its retention bounds the history. */
    static final String EXPECTED_STORE = "series-expected";

    private final Horizon horizon;
    private final Detector detector;
    /** Null outside the primary horizon: a new series is judged by the hour, not by the day. */
    private final ThresholdRule coldStart;
    private final Duration quietCheckInterval;
    private final QuietCheck quietCheck;
    private final Clock clock;
    private KeyValueStore<String, SeriesState> states;
    private KeyValueStore<String, Alert> alertStore;
    private WindowStore<String, Expectation> expectations;
    private Incidents incidents;

    SpikeWatch(Horizon horizon, AlertSettings settings, Clock clock) {
        this.horizon = horizon;
        this.detector = new Detector(horizon.primary() ? settings.detector()
                : settings.detector().withStep(horizon.window()));
        this.coldStart = horizon.primary() ? settings.coldStart() : null;
        this.quietCheckInterval = settings.quietCheck();
        this.quietCheck = new QuietCheck(horizon.window(), settings.coldStart().grace(),
                settings.detector().resolveAfter());
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.states = context.getStateStore(horizon.stateStore());
        this.alertStore = context.getStateStore(AlertTopology.ALERTS_STORE);
        this.expectations = context.getStateStore(horizon.expectedStore());
        this.incidents = new Incidents(horizon, states, expectations, new AlertBook(alertStore, context));
        context.schedule(quietCheckInterval, PunctuationType.WALL_CLOCK_TIME, this::checkQuiet);
    }

    @Override
    public void process(Record<String, Observation> record) {
        String series = record.key();
        Observation observation = record.value();
        Instant windowStart = Instant.ofEpochMilli(observation.windowStart());
        SeriesState state = states.get(series);
        state = state == null ? SeriesState.fresh() : state;
        boolean learned = state.baseline().steps() >= detector.config().warmup();

        Detector.Outcome outcome = detector.observe(state, observation.count(), windowStart, observation.outlets());
        states.put(series, outcome.state());
        Instant now = Instant.now(clock);
        if (learned) {
            remember(series, windowStart, outcome.state(), true, episodeAlertId(series, outcome.state()));
            for (Decision decision : outcome.decisions()) {
                incidents.tell(DetectorAlert.of(horizon, series, decision, observation.alertEvidence(),
                        observation.outlets(), now), record.timestamp(), record.headers());
            }
            return;
        }
        // What was kept of this window so far: read once for the threshold's step, the alert and the record.
        Expectation kept = expectations.fetch(series, windowStart.toEpochMilli());
        boolean fires = coldStart != null
                && coldStart.fires(observation, countBefore(series, state, windowStart, kept));
        String alertId = coldStart != null && observation.count() >= coldStart.threshold()
                ? thresholdAlertId(series, windowStart, fires, kept)
                : null;
        remember(series, windowStart, outcome.state(), false, alertId, kept);
        if (fires) {
            incidents.tell(alertId.equals(horizon.alertId(series, windowStart))
                    ? coldStart.alert(series, windowStart, observation, now)
                    : coldStart.continued(alertStore.get(alertId), windowStart, observation, now),
                    record.timestamp(), record.headers());
        }
    }

    /**
     * The threshold alert a window over the threshold is told under. A series that stays over it window after
     * window is one surge and one alert, updated each window, not a new alert every hour: a busy topic in its
     * first week would otherwise alert the desk again at the top of every hour. So the window takes the alert of
     * the window before when that one is still open (an analyst who resolved it ends the surge for the desk);
     * otherwise it opens its own.
     */
    private String thresholdAlertId(String series, Instant windowStart, boolean crossing, Expectation kept) {
        String own = horizon.alertId(series, windowStart);
        if (!crossing) {
            return kept != null && kept.alertId() != null ? kept.alertId() : own;
        }
        Expectation before = expectations.fetch(series, windowStart.minus(horizon.window()).toEpochMilli());
        Alert surge = before == null || before.alertId() == null ? null : alertStore.get(before.alertId());
        return surge != null && AlertBook.open(surge) ? surge.getId() : own;
    }

    /**
     * The window's count as this watcher last saw it: an update may bring several mentions at once (the counts are
     * cached until the commit), so the threshold rule looks at the step, not at one count. The detector's state holds
     * its current window; a newer one is unseen. A late revision of an older window is not remembered, but whether
     * that window was told under a threshold alert (what was expected of it says so, or its own alert does, when it
     * was never the current one) says on which side of the threshold it was.
     */
    private long countBefore(String series, SeriesState state, Instant windowStart, Expectation kept) {
        SeriesState.Current current = state.current();
        long start = windowStart.toEpochMilli();
        if (current == null || start > current.windowStart()) {
            return 0;
        }
        if (start == current.windowStart()) {
            return current.count();
        }
        boolean told = kept != null && kept.alertId() != null
                || alertStore.get(horizon.alertId(series, windowStart)) != null;
        return told ? coldStart.threshold() : 0;
    }

    /**
     * The open alerts of series that went silent: the detector observes their windows since as empty and resolves
     * them by its own rule; an alert it does not hold open resolves once its window is well over. Goes through the
     * alerts, not the series: there are far fewer, and only the open ones matter.
     */
    private void checkQuiet(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        List<Alert> open = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = alertStore.all()) {
            all.forEachRemaining(entry -> {
                if (quietCheck.concerns(entry.value)) {
                    open.add(entry.value);
                }
            });
        }
        for (Alert alert : open) {
            String series = alert.getSeries();
            SeriesState state = states.get(series);
            if (heldOpen(alert, state)) {
                Instant silent = quietCheck.silentWindow(state, now);
                if (silent != null) {
                    Detector.Outcome outcome = detector.observe(state, 0, silent, 0);
                    states.put(series, outcome.state());
                    remember(series, silent, outcome.state(), true, episodeAlertId(series, outcome.state()));
                    for (Decision decision : outcome.decisions()) {
                        // Nothing new to show: the articles behind the alert stay its evidence.
                        incidents.tell(DetectorAlert.of(horizon, series, decision, alert.getEvidence(), 0, now),
                                timestamp, new RecordHeaders());
                    }
                }
            } else if (quietCheck.outlived(alert, now)) {
                incidents.tell(quietCheck.resolved(alert, now), timestamp, new RecordHeaders());
            }
        }
    }

    /** Whether the alert is the one the detector's episode of the series holds open. */
    private boolean heldOpen(Alert alert, SeriesState state) {
        return state != null && state.episode().phase() == Episode.Phase.OPEN
                && horizon.alertId(alert.getSeries(), Instant.ofEpochMilli(state.episode().openedAt()))
                        .equals(alert.getId());
    }

    /** The alert the detector's episode of the series holds open, if any. */
    private String episodeAlertId(String series, SeriesState state) {
        Episode episode = state.episode();
        return episode.phase() == Episode.Phase.OPEN
                ? horizon.alertId(series, Instant.ofEpochMilli(episode.openedAt()))
                : null;
    }

    /**
     * Keeps what was expected of the window the detector is on, and the alert the series was in then. A late
     * revision of an older window, which the detector ignores, leaves that window's record as it was; a revision
     * that changes nothing writes nothing.
     */
    private void remember(String series, Instant windowStart, SeriesState state, boolean learned, String alertId) {
        remember(series, windowStart, state, learned, alertId, expectations.fetch(series, windowStart.toEpochMilli()));
    }

    /** {@link #remember}, with what was kept of the window already read ({@code kept}). */
    private void remember(String series, Instant windowStart, SeriesState state, boolean learned, String alertId,
            Expectation kept) {
        long start = windowStart.toEpochMilli();
        if (state.current() == null || state.current().windowStart() != start) {
            return;
        }
        Expectation expectation = new Expectation(state.baseline().expected(windowStart, detector.config()), learned,
                alertId);
        if (!expectation.equals(kept)) {
            expectations.put(series, expectation, start);
        }
    }
}
