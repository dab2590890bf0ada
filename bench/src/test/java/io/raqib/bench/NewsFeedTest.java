package io.raqib.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.raqib.bench.GeneratedArticle.Kind;
import io.raqib.ingest.dedup.DedupConfig;
import io.raqib.ingest.dedup.DuplicateIndex;
import io.raqib.ingest.dedup.IncomingArticle;
import io.raqib.ingest.dedup.Verdict;
import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;
import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.TopicMatch;

class NewsFeedTest {

    private static final int ARTICLES = 3000;
    private static List<GeneratedArticle> run;

    @BeforeAll
    static void generate() {
        run = take(new NewsFeed(42, NewsFeed.Settings.defaults(500)), ARTICLES);
    }

    private static List<GeneratedArticle> take(NewsFeed feed, int count) {
        List<GeneratedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(feed.next());
        }
        return articles;
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertEquals(run.subList(0, 400), take(new NewsFeed(42, NewsFeed.Settings.defaults(500)), 400));
        assertFalse(run.subList(0, 50).equals(take(new NewsFeed(43, NewsFeed.Settings.defaults(500)), 50)));
    }

    /**
     * The articles of seed 42 are the ones every run since the first (2026-11-23) read: figures of runs compare only while the feed
     * stays the same, so a change to the generator that moves it must be a decision, made here.
     */
    @Test
    void theFeedOfSeed42IsTheOneEarlierRunsRead() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (GeneratedArticle article : run) {
            digest.update(String.join("\u0000", article.title(), article.body(), article.url(), article.source(),
                    article.kind().name(), article.series(), Long.toString(article.copyOf()),
                    Integer.toString(article.spike()), "").getBytes(StandardCharsets.UTF_8));
        }
        ArticleGenerator generator = new ArticleGenerator(7);
        for (int i = 0; i < 20; i++) {
            digest.update(generator.article(1024 + 256 * i).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("db111f4f7d6f5d69b137bd8398f198c6b32edf4214cca938c464b8d37dfe3916", HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void everyArticleHasATitleAnOutletAndItsOwnUrlAndBodiesAreOneToEightKilobytes() {
        assertEquals(ARTICLES, run.stream().map(GeneratedArticle::url).distinct().count());
        assertTrue(run.stream().map(GeneratedArticle::source).distinct().count() >= 20);
        for (GeneratedArticle article : run) {
            assertFalse(article.title().isBlank());
            int bytes = article.bodyBytes();
            assertTrue(bytes >= 900 && bytes <= 8192, article.kind() + " of " + bytes + " bytes");
        }
        long originals = run.stream().filter(a -> a.kind() != Kind.NEAR_DUPLICATE).count();
        assertTrue(run.stream().filter(a -> a.kind() != Kind.NEAR_DUPLICATE).allMatch(a -> a.bodyBytes() >= 1024),
                "an original below 1 KB among " + originals);
    }

    @Test
    void aboutFivePercentAreNearDuplicatesFromAnotherOutlet() {
        Map<Long, GeneratedArticle> bySequence = new HashMap<>();
        run.forEach(a -> bySequence.put(a.sequence(), a));
        List<GeneratedArticle> copies = run.stream().filter(a -> a.kind() == Kind.NEAR_DUPLICATE).toList();
        double share = copies.size() / (double) ARTICLES;
        assertTrue(share > 0.035 && share < 0.065, "near-duplicate share " + share);
        for (GeneratedArticle copy : copies) {
            GeneratedArticle original = bySequence.get(copy.copyOf());
            assertEquals(Kind.STORY, original.kind());
            assertTrue(original.sequence() < copy.sequence());
            assertFalse(original.source().equals(copy.source()));
        }
    }

    /**
     * The dedup index ingest runs must see what the generator meant: copies as copies, spikes and stories as new. A
     * story or two in a thousand may pass for a copy of a longer one (the containment rule, on an estimate, between a
     * 1 KB and an 8 KB story): the run's report counts ingest's verdicts, so that shows.
     */
    @Test
    void ingestsDedupJudgesCopiesAsNearDuplicatesAndEveryOtherArticleAsNew() {
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults());
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        Map<Kind, Map<Verdict.Kind, Integer>> verdicts = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int storiesTakenForCopies = 0;
        for (GeneratedArticle article : run) {
            Verdict verdict = index.observe(IncomingArticle.withRawUrl("a" + article.sequence(), article.url(),
                    article.source(), article.body(), now.plusMillis(article.sequence())));
            verdicts.computeIfAbsent(article.kind(), k -> new HashMap<>()).merge(verdict.kind(), 1, Integer::sum);
            boolean expected = article.kind() == Kind.NEAR_DUPLICATE
                    ? verdict.kind() == Verdict.Kind.NEAR_DUPLICATE && verdict.originalId().equals("a" + article.copyOf())
                    : verdict.kind() == Verdict.Kind.NEW;
            if (!expected && article.kind() == Kind.STORY && verdict.kind() == Verdict.Kind.NEAR_DUPLICATE) {
                storiesTakenForCopies++;
            } else if (!expected && wrong.size() < 5) {
                wrong.add(article.kind() + " #" + article.sequence() + " judged " + verdict);
            }
        }
        assertTrue(wrong.isEmpty(), verdicts + "\n" + String.join("\n", wrong));
        assertTrue(storiesTakenForCopies <= ARTICLES / 500, verdicts.toString());
    }

    @Test
    void spikesAreBurstsOfOneTopicAtOneSparePlaceFromDistinctOutlets() {
        Map<Integer, List<GeneratedArticle>> spikes = run.stream().filter(a -> a.kind() == Kind.SPIKE)
                .collect(Collectors.groupingBy(GeneratedArticle::spike));
        assertEquals(ARTICLES / 500, spikes.size());
        Set<String> series = new HashSet<>();
        for (List<GeneratedArticle> reports : spikes.values()) {
            assertEquals(5, reports.size());
            assertEquals(1, reports.stream().map(GeneratedArticle::series).distinct().count());
            assertEquals(5, reports.stream().map(GeneratedArticle::source).distinct().count());
            assertTrue(reports.get(4).sequence() - reports.get(0).sequence() <= 12, "a burst, not a trickle");
            assertTrue(series.add(reports.get(0).series()), "each spike a series of its own");
        }
    }

    /** A spike raises its topic at its place and names no other place; stories never name a spike place. */
    @Test
    void theExtractorFindsEachSpikesTopicAndPlaceAndNoSparePlaceInStories() {
        Extractor extractor = Extractor.bundled();
        Map<String, String> spare = new HashMap<>();
        for (String place : Vocabulary.SPIKE_PLACES) {
            List<String> found = places(extractor.extract("وصلت القوات إلى " + place + " أمس."));
            assertEquals(1, found.size(), place + " is not a place of the gazetteer: " + found);
            spare.put(place, found.get(0));
        }
        for (GeneratedArticle article : run) {
            Extraction found = extractor.extract(article.body());
            if (article.kind() == Kind.SPIKE) {
                String topic = article.series().substring(0, article.series().indexOf('@'));
                String place = article.series().substring(article.series().indexOf('@') + 1);
                assertTrue(found.topics().stream().map(TopicMatch::getId).anyMatch(topic::equals),
                        topic + " not found in spike #" + article.sequence() + ": " + article.body());
                assertEquals(Set.of(spare.get(place)), Set.copyOf(places(found)), article.body());
            } else {
                List<String> places = places(found);
                assertFalse(places.isEmpty());
                assertTrue(places.stream().noneMatch(spare::containsValue), places + " in " + article.body());
            }
        }
    }

    private static List<String> places(Extraction found) {
        return found.entities().stream().filter(e -> e.getType() == EntityType.PLACE).map(Entity::getCanonical)
                .distinct().toList();
    }
}
