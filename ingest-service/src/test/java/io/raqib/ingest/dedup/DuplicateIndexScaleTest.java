package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.raqib.ingest.dedup.Verdict.Kind;

/**
 * 50,000 remembered articles, and lookups that compare a handful of them rather than all: counted, not timed, so
 * the test cannot flake on a busy machine (the time is printed for the reader).
 */
class DuplicateIndexScaleTest {

    private static final int REMEMBERED = 50_000;
    private static final int LOOKUPS = 500;
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    private final Random random = new Random(42);
    private final List<String> vocabulary = vocabulary(8_000);

    @Test
    void fiftyThousandArticlesFitAndLookupsDoNotScan() {
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults().withMaxEntries(REMEMBERED));
        List<String> texts = new ArrayList<>(REMEMBERED);
        long fillStart = System.nanoTime();
        for (int i = 0; i < REMEMBERED; i++) {
            texts.add(text(80));
            // one article every 3 seconds: 50,000 span under 42 hours, inside the 48-hour horizon
            assertEquals(Kind.NEW, index.observe(article("a" + i, texts.get(i), i)).kind());
        }
        long fillNanos = System.nanoTime() - fillStart;
        assertEquals(REMEMBERED, index.size());

        long before = index.comparisons();
        long maxComparisons = 0;
        long newStart = System.nanoTime();
        for (int k = 0; k < LOOKUPS; k++) {
            long start = index.comparisons();
            assertEquals(Kind.NEW, index.observe(article("fresh" + k, text(80), REMEMBERED + k)).kind());
            maxComparisons = Math.max(maxComparisons, index.comparisons() - start);
        }
        long newNanos = System.nanoTime() - newStart;
        double perNewLookup = (index.comparisons() - before) / (double) LOOKUPS;

        before = index.comparisons();
        long copyStart = System.nanoTime();
        for (int k = 0; k < LOOKUPS; k++) {
            int target = REMEMBERED / 2 + random.nextInt(REMEMBERED / 2); // not yet pushed out by the fresh ones
            Verdict verdict = index.observe(article("copy" + k, edited(texts.get(target)), REMEMBERED + LOOKUPS + k));
            assertEquals(Kind.NEAR_DUPLICATE, verdict.kind(), "copy of a" + target);
            assertEquals("a" + target, verdict.originalId());
        }
        long copyNanos = System.nanoTime() - copyStart;
        double perCopyLookup = (index.comparisons() - before) / (double) LOOKUPS;

        System.out.printf(Locale.ROOT, "DuplicateIndexScaleTest: %d remembered; text comparisons per lookup: %.2f for new"
                + " articles (max %d), %.2f for copies; a linear scan would make %d. Time per observe (fingerprint"
                + " included): fill %.0f us, new %.0f us, copy %.0f us%n", index.size(), perNewLookup, maxComparisons,
                perCopyLookup, REMEMBERED, fillNanos / 1e3 / REMEMBERED, newNanos / 1e3 / LOOKUPS,
                copyNanos / 1e3 / LOOKUPS);
        assertEquals(REMEMBERED, index.size(), "the capacity holds");
        assertTrue(perNewLookup < 5, "a new article is compared with a handful of texts: " + perNewLookup);
        assertTrue(maxComparisons < 50, "never anything like a scan: " + maxComparisons);
        assertTrue(perCopyLookup < 10, "a copy finds its original among a handful: " + perCopyLookup);
    }

    /**
     * Texts that share a standing paragraph (an agency's boilerplate, a ministry's template) share band keys by the
     * hundred; such keys keep only their latest texts, so a lookup still compares dozens, not thousands, and a copy
     * still finds its original through the keys of its own wording.
     */
    @Test
    void templatedArticlesDoNotMakeLookupsScan() {
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults());
        List<String> standing = List.of(text(30), text(30), text(30), text(30));
        int remembered = 20_000;
        List<String> texts = new ArrayList<>(remembered);
        for (int i = 0; i < remembered; i++) {
            texts.add(text(80) + " " + standing.get(i % standing.size()));
            assertEquals(Kind.NEW, index.observe(article("t" + i, texts.get(i), i)).kind(), "t" + i);
        }
        long before = index.comparisons();
        for (int k = 0; k < LOOKUPS; k++) {
            String text = text(80) + " " + standing.get(k % standing.size());
            assertEquals(Kind.NEW, index.observe(article("fresh" + k, text, remembered + k)).kind());
        }
        double perNewLookup = (index.comparisons() - before) / (double) LOOKUPS;
        before = index.comparisons();
        for (int k = 0; k < LOOKUPS; k++) {
            int target = random.nextInt(remembered);
            Verdict verdict = index.observe(article("copy" + k, edited(texts.get(target)), remembered + LOOKUPS + k));
            assertEquals(Kind.NEAR_DUPLICATE, verdict.kind(), "copy of t" + target);
            assertEquals("t" + target, verdict.originalId());
        }
        double perCopyLookup = (index.comparisons() - before) / (double) LOOKUPS;
        System.out.printf(Locale.ROOT, "DuplicateIndexScaleTest, templated: %d remembered; text comparisons per lookup:"
                + " %.1f for new articles, %.1f for copies%n", index.size(), perNewLookup, perCopyLookup);
        assertTrue(perNewLookup < 200, "a lookup compares dozens of texts, not thousands: " + perNewLookup);
    }

    private IncomingArticle article(String id, String text, int second) {
        return new IncomingArticle(id, "https://news.example/" + id, "outlet" + (second % 40), text,
                T0.plus(Duration.ofSeconds(3L * second)));
    }

    /** A copy with a few words changed and a boilerplate line added. */
    private String edited(String text) {
        String[] words = text.split(" ");
        for (int k = 0; k < 3; k++) {
            words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        return String.join(" ", words) + " تابعونا على تلغرام لمتابعة آخر الأخبار";
    }

    /** Words drawn with a skew, as in real text: a few very common words, a long tail of rare ones. */
    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            double skewed = Math.pow(random.nextDouble(), 2.5);
            text.append(w == 0 ? "" : " ").append(vocabulary.get((int) (skewed * vocabulary.size())));
        }
        return text.toString();
    }

    private List<String> vocabulary(int size) {
        List<String> words = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            words.add(word.toString());
        }
        return words;
    }
}
