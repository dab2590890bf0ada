package io.raqib.alert.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.raqib.alert.detect.Episode.Phase;
import io.raqib.alert.detect.SeriesState.Current;

/**
 * The spike detector of one series at a time, as a pure function of its state: {@link #observe} takes the state
 * kept for the series and one window's count, and returns the next state and what to tell (OPEN, UPDATED,
 * RESOLVED). No clocks, no I/O: the same observations give the same decisions, in a test, a replay or the topology.
 *
 * <p>Observations arrive per window, in the order of their start. The same window may be observed again with a
 * higher count (a stream tallies it article by article): each revision is tested, against the same baseline, so an
 * alert can open on the article that makes the spike and need not wait for the window to end. A window is learned
 * into the baseline, and counts towards resolution and cooldown, once a later window is observed; windows skipped
 * in between had no articles and are learned as zeros. An observation older than the current window comes too late
 * to change anything and is ignored. A series that goes silent resolves only when it is next observed, so the
 * caller should observe a count of 0 for the current window of an open series now and then (a punctuator).
 */
public final class Detector {

    /** Silent windows replayed one by one; beyond these, a silence decays the baseline in one go. */
    static final long MAX_REPLAYED_GAP = 1000;

    /** The series' state after an observation, and the decisions it brought: none, usually. */
    public record Outcome(SeriesState state, List<Decision> decisions) {
    }

    private final DetectorConfig config;

    public Detector(DetectorConfig config) {
        this.config = config;
    }

    public DetectorConfig config() {
        return config;
    }

    /**
     * @param state              the series' state; {@link SeriesState#fresh()} for a series never seen
     * @param observedCount      articles in the window so far
     * @param windowStart        start of the window
     * @param independentSources distinct outlets among those articles
     */
    public Outcome observe(SeriesState state, long observedCount, Instant windowStart, int independentSources) {
        if (observedCount < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + observedCount);
        }
        long start = windowStart.toEpochMilli();
        List<Decision> decisions = new ArrayList<>();
        Baseline baseline = state.baseline();
        Episode episode = state.episode();
        Current current = state.current();
        if (current != null && start < current.windowStart()) {
            return new Outcome(state, List.of());
        }
        if (current != null && start > current.windowStart()) {
            Learned learned = finish(baseline, episode, current, decisions);
            long step = config.step().toMillis();
            long silent = Math.max(0, Math.floorDiv(start - current.windowStart(), step) - 1);
            long replayed = Math.min(silent, MAX_REPLAYED_GAP);
            baseline = learned.baseline().idle(silent - replayed, config);
            episode = learned.episode().phase() == Phase.COOLING
                    ? learned.episode().cooled(silent - replayed)
                    : learned.episode();
            for (long k = silent - replayed + 1; k <= silent; k++) {
                learned = finish(baseline, episode, new Current(current.windowStart() + k * step, 0, 0), decisions);
                baseline = learned.baseline();
                episode = learned.episode();
            }
        }
        Current now = new Current(start, observedCount, independentSources);
        if (baseline.steps() >= config.warmup()) {
            episode = test(baseline, episode, now, decisions);
        }
        return new Outcome(new SeriesState(baseline, now, episode), List.copyOf(decisions));
    }

    private record Learned(Baseline baseline, Episode episode) {
    }

    /** The window may open or update an alert, however far it has been counted. */
    private Episode test(Baseline baseline, Episode episode, Current window, List<Decision> decisions) {
        Spike spike = spike(baseline, window);
        if (!spike.fires(config)) {
            return episode;
        }
        Severity severity = config.severities().of(spike.score());
        switch (episode.phase()) {
            case IDLE -> {
                Episode opened = episode.open(window.windowStart(), spike.score(), severity);
                decisions.add(decision(Status.OPEN, window, spike, opened));
                return opened;
            }
            case OPEN -> {
                // Not every firing step: only news, so a sustained spike is one alert and the odd update, not a storm.
                if (spike.score() >= episode.score() * (1 + config.updateRatio())
                        || severity.compareTo(episode.severity()) > 0) {
                    Episode told = episode.told(spike.score(), severity);
                    decisions.add(decision(Status.UPDATED, window, spike, told));
                    return told;
                }
                return episode;
            }
            default -> {
                return episode;
            }
        }
    }

    /** The window is over: learn it, and let it count towards resolution or cooldown. */
    private Learned finish(Baseline baseline, Episode episode, Current window, List<Decision> decisions) {
        Spike spike = spike(baseline, window);
        boolean warm = baseline.steps() >= config.warmup();
        boolean damped = warm && (episode.phase() == Phase.OPEN || spike.fires(config));
        Baseline learned = baseline.learn(window.count(), Instant.ofEpochMilli(window.windowStart()), damped, config);
        Episode next = switch (episode.phase()) {
            case OPEN -> {
                int quiet = spike.quiet(config) ? episode.quietSteps() + 1 : 0;
                if (quiet >= config.resolveAfter()) {
                    decisions.add(decision(Status.RESOLVED, window, spike, episode));
                    yield episode.resolved(config.cooldown());
                }
                yield episode.quiet(quiet);
            }
            case COOLING -> episode.cooled(1);
            case IDLE -> episode;
        };
        return new Learned(learned, next);
    }

    private Spike spike(Baseline baseline, Current window) {
        double expected = baseline.expected(Instant.ofEpochMilli(window.windowStart()), config);
        return Spike.test(window.count(), window.sources(), expected, baseline.varianceAt(expected), config);
    }

    private static Decision decision(Status status, Current window, Spike spike, Episode episode) {
        return new Decision(status, Instant.ofEpochMilli(window.windowStart()),
                Instant.ofEpochMilli(episode.openedAt()), window.count(), spike.expected(), spike.score(),
                episode.severity(), spike.pValue());
    }
}
