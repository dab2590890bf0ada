package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Series;

/**
 * The series as the desk charts them, read from the topology's stores: which series exist
 * ({@link SpikeWatch#STATE_STORE}), and per window what was counted ({@value AlertTopology#TALLY_STORE}) against
 * what the detector expected ({@link SpikeWatch#EXPECTED_STORE}).
 */
final class SeriesHistory {

    /** A series the service counts, with its latest window. */
    public record Known(String series, String topic, String place, Instant lastWindowStart, long lastObserved,
            int lastOutlets, long windowsLearned, boolean alerting) {
    }

    /**
     * One window of a series.
     *
     * @param observed distinct articles counted in the window
     * @param outlets  distinct outlets among them
     * @param expected what the baseline expected; null when not recorded (a window with no article, or older than the
     *                 expectations kept)
     * @param learned  whether the detector judged the window (false: warm-up, the threshold rule did); null when
     *                 not recorded
     * @param alert    whether the series was in alert during the window
     * @param alertId  that alert, for /api/alerts/{id}
     */
    public record Window(Instant start, Instant end, long observed, int outlets, Double expected, Boolean learned,
            boolean alert, String alertId) {
    }

    private final ReadOnlyKeyValueStore<String, SeriesState> states;
    private final ReadOnlyWindowStore<byte[], SeriesTally> tallies;
    private final ReadOnlyWindowStore<String, Expectation> expectations;
    private final Duration window;
    private final Duration history;

    /** {@code history}: how long the window stores keep a window (raqib.alert.history). */
    SeriesHistory(ReadOnlyKeyValueStore<String, SeriesState> states, ReadOnlyWindowStore<byte[], SeriesTally> tallies,
            ReadOnlyWindowStore<String, Expectation> expectations, Duration window, Duration history) {
        this.states = states;
        this.tallies = tallies;
        this.expectations = expectations;
        this.window = window;
        this.history = history;
    }

    /** Every series counted so far (at {@code place}, when given), the most recently active first. */
    List<Known> known(String place) {
        List<Known> known = new ArrayList<>();
        try (KeyValueIterator<String, SeriesState> all = states.all()) {
            all.forEachRemaining(entry -> {
                Series series = Series.parse(entry.key);
                SeriesState state = entry.value;
                if (state.current() != null && (place == null || place.equals(series.place()))) {
                    known.add(new Known(entry.key, series.topic(), series.place(),
                            Instant.ofEpochMilli(state.current().windowStart()), state.current().count(),
                            state.current().sources(), state.baseline().steps(),
                            state.episode().phase() == Episode.Phase.OPEN));
                }
            });
        }
        known.sort(Comparator.comparing(Known::lastWindowStart).reversed().thenComparing(Known::series));
        return known;
    }

    /**
     * The windows of {@code series} that overlap [from, to], oldest first. Between the first and the last window
     * held, a window without an article is a zero, as the detector counts it; outside them nothing is known, and
     * nothing is returned.
     */
    List<Window> windows(String series, Instant from, Instant to) {
        Instant first = alignedStart(from);
        TreeMap<Long, SeriesTally> counted = new TreeMap<>();
        try (WindowStoreIterator<SeriesTally> it = tallies.fetch(series.getBytes(StandardCharsets.UTF_8), first, to)) {
            it.forEachRemaining(entry -> counted.put(entry.key, entry.value));
        }
        TreeMap<Long, Expectation> expected = new TreeMap<>();
        try (WindowStoreIterator<Expectation> it = expectations.fetch(series, first, to)) {
            it.forEachRemaining(entry -> expected.put(entry.key, entry.value));
        }
        long forgotten = forgottenUpTo(series);
        counted.headMap(forgotten, true).clear();
        expected.headMap(forgotten, true).clear();
        if (counted.isEmpty() && expected.isEmpty()) {
            return List.of();
        }
        long step = window.toMillis();
        long start = Math.min(firstKey(counted), firstKey(expected));
        long last = Math.max(lastKey(counted), lastKey(expected));
        List<Window> windows = new ArrayList<>();
        for (; start <= last; start += step) {
            SeriesTally tally = counted.get(start);
            Expectation expectation = expected.get(start);
            windows.add(new Window(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + step),
                    tally == null ? 0 : tally.count(), tally == null ? 0 : tally.outlets().size(),
                    expectation == null ? null : expectation.expected(),
                    expectation == null ? null : expectation.learned(),
                    expectation != null && expectation.alertId() != null,
                    expectation == null ? null : expectation.alertId()));
        }
        return windows;
    }

    /**
     * The last window start the stores have forgotten for sure: older than the history before the series' latest
     * window. The stores drop windows by stream time, which is never behind the series' latest window, but their
     * record caches still hand out the windows they hold after that; those must not come back into the chart.
     */
    private long forgottenUpTo(String series) {
        SeriesState state = states.get(series);
        return state == null || state.current() == null ? Long.MIN_VALUE
                : state.current().windowStart() - history.toMillis();
    }

    /** The start of the window holding {@code time}: windows are aligned to the epoch, as Kafka Streams aligns them. */
    Instant alignedStart(Instant time) {
        long step = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), step) * step);
    }

    private static long firstKey(TreeMap<Long, ?> map) {
        return map.isEmpty() ? Long.MAX_VALUE : map.firstKey();
    }

    private static long lastKey(TreeMap<Long, ?> map) {
        return map.isEmpty() ? Long.MIN_VALUE : map.lastKey();
    }
}
