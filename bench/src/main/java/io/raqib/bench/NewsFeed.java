package io.raqib.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.raqib.bench.ArticleGenerator.Story;
import io.raqib.bench.Outlets.Outlet;

/**
 * The articles of a pipeline benchmark, in order. Seeded: the same seed and settings give the same articles, with
 * the same near-duplicates and spikes at the same places in the sequence, whatever the timing of the run.
 * <ul>
 * <li>Stories: one of the desk's topics at one to three background places, sizes from {@link SizeDistribution},
 * from one of {@link Outlets#ALL}, each under its own URL.</li>
 * <li>Near-duplicates ({@code nearDuplicateShare} of the articles): one of the last {@value #REMEMBERED} stories as
 * another outlet runs it ({@link ArticleGenerator#retold}).</li>
 * <li>Spikes: every {@code spikeEvery} articles, {@code spikeSize} reports of one topic at one spike place from as
 * many outlets, {@code spikeSpacing} articles apart. The series is new in the alert service's window, so its
 * threshold (3 articles) fires during the run. The first {@value #SPIKE_PLACES} spikes are at distinct places.</li>
 * </ul>
 */
public final class NewsFeed {

    static final int REMEMBERED = 200;
    static final int SPIKE_PLACES = 28;

    /**
     * @param nearDuplicateShare share of the articles that copy an earlier story, e.g. 0.05
     * @param spikeEvery         articles from one spike's start to the next; 0 for no spikes
     * @param spikeSize          reports in a spike (the alert threshold is 3)
     * @param spikeSpacing       articles between two reports of a spike
     */
    public record Settings(double nearDuplicateShare, int spikeEvery, int spikeSize, int spikeSpacing) {
        public Settings {
            if (nearDuplicateShare < 0 || nearDuplicateShare >= 1) {
                throw new IllegalArgumentException("nearDuplicateShare must be in [0, 1): " + nearDuplicateShare);
            }
            if (spikeEvery < 0 || spikeSize < 1 || spikeSpacing < 1 || spikeSize > Outlets.ALL.size()) {
                throw new IllegalArgumentException("bad spike settings: " + spikeEvery + ", " + spikeSize + ", "
                        + spikeSpacing);
            }
            if (spikeEvery > 0 && spikeEvery <= (spikeSize - 1) * spikeSpacing) {
                throw new IllegalArgumentException("spikes would overlap: every " + spikeEvery + " articles, "
                        + spikeSize + " reports " + spikeSpacing + " apart");
            }
        }

        public static Settings defaults(int spikeEvery) {
            return new Settings(0.05, spikeEvery, 5, 3);
        }
    }

    private record Remembered(long sequence, Story story, List<String> places, Outlet outlet) {
    }

    private record Report(int spike, String topic, String place, Outlet outlet) {
    }

    private static final List<String> TOPICS = Vocabulary.TOPIC_SENTENCES.keySet().stream().sorted().toList();

    private final SplittableRandom random;
    private final ArticleGenerator writer;
    private final SizeDistribution sizes;
    private final Settings settings;
    private final List<String[]> spikePlan;
    private final Deque<Remembered> recent = new ArrayDeque<>();
    private final Map<Long, Report> due = new HashMap<>();
    private long sequence;
    private int spikes;

    public NewsFeed(long seed, Settings settings) {
        this.random = new SplittableRandom(seed);
        this.writer = new ArticleGenerator(random.nextLong());
        this.sizes = new SizeDistribution(random.split());
        this.settings = settings;
        this.spikePlan = spikePlan(random.split());
    }

    /** The topics articles are about: the taxonomy ids the vocabulary writes for. */
    public static List<String> topics() {
        return TOPICS;
    }

    public synchronized GeneratedArticle next() {
        long at = sequence++;
        if (settings.spikeEvery() > 0 && at % settings.spikeEvery() == settings.spikeEvery() / 2) {
            planSpike(at);
        }
        Report report = due.remove(at);
        if (report != null) {
            Story story = writer.spike(report.topic(), report.place(), sizes.next());
            return article(at, GeneratedArticle.Kind.SPIKE, story, report.outlet(), -1, report.spike(),
                    report.topic() + "@" + report.place());
        }
        if (!recent.isEmpty() && random.nextDouble() < settings.nearDuplicateShare()) {
            Remembered original = pick(new ArrayList<>(recent));
            Outlet outlet = otherThan(original.outlet());
            Story copy = writer.retold(original.story(), outlet.name(), pick(original.places()));
            return article(at, GeneratedArticle.Kind.NEAR_DUPLICATE, copy, outlet, original.sequence(), -1,
                    original.story().topic() + "@" + original.places().get(0));
        }
        String topic = pick(TOPICS);
        List<String> places = places();
        Outlet outlet = pick(Outlets.ALL);
        Story story = writer.story(topic, places, sizes.next());
        recent.addLast(new Remembered(at, story, places, outlet));
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
        return article(at, GeneratedArticle.Kind.STORY, story, outlet, -1, -1, topic + "@" + places.get(0));
    }

    private GeneratedArticle article(long at, GeneratedArticle.Kind kind, Story story, Outlet outlet, long copyOf,
            int spike, String series) {
        // Unique per article (ingest would call a second article under one URL the same article again).
        String url = "https://" + outlet.host() + "/ar/news/" + at + "-" + Long.toHexString(random.nextLong() >>> 40);
        return new GeneratedArticle(at, kind, story.title(), story.body(), url, outlet.name(), copyOf, spike, series);
    }

    /** The spike's reports go to the next free places in the sequence, from distinct outlets. */
    private void planSpike(long start) {
        String[] topicAtPlace = spikePlan.get(spikes % spikePlan.size());
        List<Outlet> outlets = new ArrayList<>(Outlets.ALL);
        shuffle(outlets, random);
        for (int i = 0; i < settings.spikeSize(); i++) {
            due.put(start + (long) i * settings.spikeSpacing(),
                    new Report(spikes, topicAtPlace[0], topicAtPlace[1], outlets.get(i)));
        }
        spikes++;
    }

    /**
     * Every (topic, spike place) once: first each place with one topic, then each with another, so that the first
     * spikes are at distinct places and no spike repeats a series another spike already raised.
     */
    private static List<String[]> spikePlan(SplittableRandom random) {
        List<String> places = new ArrayList<>(Vocabulary.SPIKE_PLACES);
        List<String> topics = new ArrayList<>(TOPICS);
        shuffle(places, random);
        shuffle(topics, random);
        List<String[]> plan = new ArrayList<>();
        for (int round = 0; round < topics.size(); round++) {
            for (int p = 0; p < places.size(); p++) {
                plan.add(new String[] {topics.get((p + round) % topics.size()), places.get(p)});
            }
        }
        return plan;
    }

    private List<String> places() {
        int count = random.nextInt(20) < 10 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
        List<String> all = new ArrayList<>(Vocabulary.BACKGROUND_PLACES);
        shuffle(all, random);
        return List.copyOf(all.subList(0, count));
    }

    private Outlet otherThan(Outlet outlet) {
        Outlet other;
        do {
            other = pick(Outlets.ALL);
        } while (other.equals(outlet));
        return other;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            T swap = list.get(i);
            int j = random.nextInt(i + 1);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
