package io.raqib.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.internals.TimeWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.raqib.alert.Expectation;
import io.raqib.alert.ExpectationSerde;
import io.raqib.alert.Observation;
import io.raqib.alert.SeriesStateSerde;
import io.raqib.alert.SeriesTally;
import io.raqib.alert.TallySerde;
import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.TopicMention;

/**
 * alert-service's work per mention, on one thread, in its two halves. Run: {@code ./raqib jmh AlertBenchmark}.
 *
 * <ul>
 * <li>{@link #count}: a mention into its series' window tally as the windowed aggregate does it, cache or not: read
 * the tally's bytes, add the mention, write them. Once per mention and horizon.</li>
 * <li>{@link #watch}: one observation through SpikeWatch's state, as the count hands it on in the same task: read
 * the series' detector state, the detector's step, the state written back, the expectation read and written. Once
 * per series and commit, since the caches collapse a series' mentions within a commit; without caching (releases
 * before), once per mention and horizon.</li>
 * </ul>
 *
 * Stores and topics themselves (RocksDB, the broker) are left out: a TopologyTestDriver flushes RocksDB and fsyncs a
 * checkpoint after every record, which would be all it measured. The mentions are as nlp-service writes them: each
 * article names {@value #TOPICS_PER_ARTICLE} of {@value #TOPICS} topics at {@value #PLACES_PER_ARTICLE} of
 * {@value #PLACES} places, skewed towards the first ones as the news is, so 20 mentions (the pipeline benchmark saw
 * 20.4). The busiest series fill their tallies to the thousand article ids they remember, as any series does in an
 * hour at 200 articles a second; every {@value #ARTICLES} articles a new window starts.
 *
 * <p>Setup prints how many observations alert-service's commit interval ({@value #COMMIT_MS} ms) leaves of the
 * mentions at 200 and at 2,000 articles a second, that is how much of {@link #watch} the caches save.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class AlertBenchmark {

    static final int TOPICS = 40;
    static final int PLACES = 200;
    static final int TOPICS_PER_ARTICLE = 4;
    static final int PLACES_PER_ARTICLE = 4;
    static final int ARTICLES = 10_000;
    /** alert-service's {@code kafka-streams.commit.interval.ms}: how long its caches collect a series' mentions. */
    static final int COMMIT_MS = 250;
    private static final Instant WINDOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * How the news spreads over series: {@code wide} as a desk's whole feed ({@value #TOPICS} topics at
     * {@value #PLACES} places), {@code busy} as the pipeline benchmark's feed, whose few series ({@value #BUSY_TOPICS}
     * topics at {@value #BUSY_PLACES} places) fill their tallies to the ids they remember within minutes.
     */
    @Param({"wide", "busy"})
    public String news;

    static final int BUSY_TOPICS = 8;
    static final int BUSY_PLACES = 15;

    private final SplittableRandom random = new SplittableRandom(42);
    private final TallySerde tallySerde = new TallySerde();
    private final SeriesStateSerde stateSerde = new SeriesStateSerde();
    private final ExpectationSerde expectationSerde = new ExpectationSerde();
    private final Detector detector = new Detector(DetectorConfig.defaults());

    private final List<String> series = new ArrayList<>();
    private final List<TopicMention> mentions = new ArrayList<>();
    private final Map<String, byte[]> tallies = new HashMap<>();
    private int nextMention;

    private Observation[] observations;
    private String[] observed;
    private final Map<String, byte[]> states = new HashMap<>();
    private final Map<String, byte[]> expectations = new HashMap<>();
    private int nextObservation;

    @Setup
    public void mentions() {
        boolean busy = "busy".equals(news);
        for (int a = 0; a < ARTICLES; a++) {
            String id = "article-" + Long.toHexString(a * 0x9E3779B97F4A7C15L);
            String outlet = "outlet-" + skewed(60);
            String title = "تحذيرات من تسلل عبر الحدود الشمالية بعد اشتباكات ليلية " + a;
            Set<String> places = distinct("place-", busy ? BUSY_PLACES : PLACES, PLACES_PER_ARTICLE);
            for (String topic : distinct("topic_", busy ? BUSY_TOPICS : TOPICS, TOPICS_PER_ARTICLE)) {
                add(topic, mention(id, topic, null, outlet, title));
                for (String place : places) {
                    add(topic + "@" + place, mention(id, topic, place, outlet, title));
                }
            }
        }
        observations();
        System.out.printf("%n%d mentions of %d series; per commit of %d ms, observations per mention: %.3f at 200 "
                + "articles/s, %.3f at 2,000%n", mentions.size(), new HashSet<>(series).size(), COMMIT_MS,
                collapse(200), collapse(2000));
    }

    /** Observations of the series as counted, and each series' state after two days of learning. */
    private void observations() {
        Map<String, SeriesTally> counted = new HashMap<>();
        observations = new Observation[mentions.size()];
        observed = new String[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            SeriesTally tally = counted.getOrDefault(series.get(i), SeriesTally.empty()).add(mentions.get(i));
            counted.put(series.get(i), tally);
            observed[i] = series.get(i);
            observations[i] = Observation.of(new Windowed<>(series.get(i),
                    new TimeWindow(WINDOW.toEpochMilli(), WINDOW.plus(HOUR).toEpochMilli())), tally);
        }
        for (String name : counted.keySet()) {
            SeriesState state = SeriesState.fresh();
            for (int hour = 48; hour > 0; hour--) {
                state = detector.observe(state, 2 + hour % 3, WINDOW.minus(HOUR.multipliedBy(hour)), 2).state();
            }
            states.put(name, stateSerde.serialize("s", state));
        }
    }

    @Benchmark
    public int count() {
        int i = nextMention;
        nextMention = i + 1 == mentions.size() ? 0 : i + 1;
        if (i == 0) {
            tallies.clear(); // a new window
        }
        String name = series.get(i);
        byte[] bytes = tallies.get(name);
        SeriesTally tally = bytes == null ? SeriesTally.empty() : tallySerde.deserialize("t", bytes);
        byte[] written = tallySerde.serialize("t", tally.add(mentions.get(i)));
        tallies.put(name, written);
        return written.length;
    }

    @Benchmark
    public int watch() {
        int i = nextObservation;
        nextObservation = i + 1 == observations.length ? 0 : i + 1;
        String name = observed[i];
        Observation observation = observations[i]; // counted in the same task: it crosses no topic
        SeriesState state = stateSerde.deserialize("s", states.get(name));
        Detector.Outcome outcome = detector.observe(state, observation.count(),
                Instant.ofEpochMilli(observation.windowStart()), observation.outlets());
        states.put(name, stateSerde.serialize("s", outcome.state()));
        byte[] expectedBytes = expectations.get(name);
        Expectation before = expectedBytes == null ? null : expectationSerde.deserialize("e", expectedBytes);
        Expectation expectation = new Expectation(outcome.state().baseline().expected(
                Instant.ofEpochMilli(observation.windowStart()), detector.config()), true, null);
        if (!expectation.equals(before)) {
            expectations.put(name, expectationSerde.serialize("e", expectation));
        }
        return outcome.decisions().size();
    }

    /**
     * Observations per mention when a commit interval of {@value #COMMIT_MS} ms collapses each series' mentions into
     * one, at {@code articlesPerSecond}.
     */
    private double collapse(int articlesPerSecond) {
        int perCommit = articlesPerSecond * COMMIT_MS / 1000 * TOPICS_PER_ARTICLE * (1 + PLACES_PER_ARTICLE);
        long observationsSeen = 0;
        Set<String> dirty = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            dirty.add(series.get(i));
            if ((i + 1) % perCommit == 0 || i + 1 == series.size()) {
                observationsSeen += dirty.size();
                dirty.clear();
            }
        }
        return (double) observationsSeen / series.size();
    }

    private void add(String name, TopicMention mention) {
        series.add(name);
        mentions.add(mention);
    }

    /** {@code count} different names, as an article names each topic and place once. */
    private Set<String> distinct(String prefix, int n, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(prefix + skewed(n));
        }
        return names;
    }

    /** Low indices far more often than high ones, as a few topics and cities carry most of the news. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return (int) (n * u * u * u);
    }

    private static TopicMention mention(String articleId, String topic, String place, String outlet,
            String title) {
        return TopicMention.newBuilder()
                .setTopicId(topic)
                .setPlace(place)
                .setArticleId(articleId)
                .setTime(WINDOW.plusSeconds(1))
                .setSource(outlet)
                .setAlsoReportedBy(List.of())
                .setTitle(title)
                .setUrl("https://news.example/" + articleId)
                .setPhrases(List.of("محاولة تسلل", "اشتباكات"))
                .build();
    }
}
