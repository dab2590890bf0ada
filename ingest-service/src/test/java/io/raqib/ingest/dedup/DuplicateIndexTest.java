package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.raqib.ingest.dedup.Verdict.Evidence;
import io.raqib.ingest.dedup.Verdict.Kind;

class DuplicateIndexTest {

    static final Instant T0 = Instant.parse("2024-05-01T06:00:00Z");
    static final List<CorpusArticle> CORPUS = CorpusArticle.load();
    /** The prison break of s03, four paragraphs. */
    static final String PRISON_BREAK = original("s03");

    private final DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults());

    static String original(String storyId) {
        return CORPUS.stream().filter(a -> a.storyId().equals(storyId) && a.variant().equals("original"))
                .findFirst().orElseThrow().body();
    }

    static IncomingArticle article(String id, String url, String outlet, String text, Instant time) {
        return new IncomingArticle(id, url, outlet, text, time);
    }

    static List<String> paragraphs(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n\n")));
    }

    @Test
    void aFirstArticleIsNew() {
        Verdict verdict = index.observe(article("a1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        assertEquals(Kind.NEW, verdict.kind());
        assertNull(verdict.originalId());
        assertFalse(verdict.isDuplicate());
        assertEquals(1, index.size());
    }

    @Test
    void theSameIdAgainIsARetry() {
        index.observe(article("a1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        Verdict verdict = index.observe(article("a1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0.plusSeconds(5)));
        assertEquals(Kind.EXACT_DUPLICATE, verdict.kind());
        assertEquals(Evidence.SAME_ID, verdict.evidence());
        assertEquals("a1", verdict.originalId());
        assertEquals(1, index.size(), "a retry adds nothing");
    }

    @Test
    void theSameCanonicalUrlIsTheSameArticleEvenIfEdited() {
        index.observe(article("a1", UrlCanonicalizer.canonicalOrThrow("https://www.wire.example/news/1?utm_source=x"),
                "الرافد", PRISON_BREAK, T0));
        String edited = PRISON_BREAK.replace("أربعة من الفارين", "خمسة من الفارين");
        Verdict verdict = index.observe(IncomingArticle.withRawUrl("a2", "https://m.wire.example/news/1/amp#top",
                "الرافد", edited, T0.plusSeconds(60)));
        assertEquals(Kind.EXACT_DUPLICATE, verdict.kind());
        assertEquals(Evidence.SAME_URL, verdict.evidence());
        assertEquals("a1", verdict.originalId());
        assertTrue(verdict.similarity() < 1 && verdict.similarity() > 0.8, "an edited article: " + verdict.similarity());
    }

    @Test
    void theSameTextUnderAnotherUrlIsAnExactDuplicate() {
        index.observe(article("a1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        String respelled = PRISON_BREAK.replace('أ', 'ا').replace('ة', 'ه').replace("اثني عشر", "اثنِي عشر")
                .replace("\n\n", "\n");
        Verdict verdict = index.observe(article("b1", "https://other.example/x", "الحدث", respelled, T0.plusSeconds(60)));
        assertEquals(Kind.EXACT_DUPLICATE, verdict.kind());
        assertEquals(Evidence.SAME_TEXT, verdict.evidence());
        assertEquals(1.0, verdict.similarity());
        assertEquals("a1", verdict.originalId());
    }

    static Stream<Arguments> edits() {
        String boilerplate = "تابعونا على تلغرام لمتابعة آخر الأخبار الأمنية لحظة بلحظة.";
        String background = "يذكر أن سجن القلعة المركزي شهد عام ألفين وتسعة عشر محاولة هروب مماثلة أحبطتها القوات الأمنية"
                + " بعد العثور على نفق قيد الحفر في أحد المهاجع.";
        return Stream.of(
                edit("boilerplate appended", t -> t + "\n\n" + boilerplate),
                edit("dateline changed", t -> t.replace("الرافد - ", "بغداد - الحدث الأمني: ")),
                edit("byline added", t -> "كتب: محرر الشؤون الأمنية\n\n" + t),
                edit("sentence added", t -> t + "\n\n" + background),
                edit("last paragraph cut", t -> String.join("\n\n", paragraphs(t).subList(0, 3))),
                edit("paragraphs reordered", t -> {
                    List<String> p = paragraphs(t);
                    return String.join("\n\n", p.get(0), p.get(2), p.get(1), p.get(3));
                }),
                edit("words changed", t -> t.replace("وقال", "وأوضح").replace("وأضاف", "وتابع")
                        .replace("اثني عشر", "12").replace("ثلاثين متراً", "30 متراً")),
                edit("all of it", t -> {
                    List<String> p = paragraphs(t.replace("الرافد - ", "").replace("وقال", "وأوضح"));
                    return String.join("\n\n", "كتب: محرر الشؤون الأمنية", p.get(0), p.get(2), p.get(1),
                            background, boilerplate);
                }));
    }

    private static Arguments edit(String name, UnaryOperator<String> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void aRepublishedCopyIsANearDuplicate(String name, UnaryOperator<String> change) {
        index.observe(article("wire-1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        Verdict verdict = index.observe(article("copy-1", "https://copy.example/9", "الحدث",
                change.apply(PRISON_BREAK), T0.plus(Duration.ofHours(3))));
        assertEquals(Kind.NEAR_DUPLICATE, verdict.kind(), name);
        assertEquals(Evidence.SIMILAR_TEXT, verdict.evidence());
        assertEquals("wire-1", verdict.originalId());
        assertTrue(verdict.similarity() >= 0.4 && verdict.similarity() < 1, name + ": " + verdict.similarity());
        assertEquals(List.of("الحدث"), verdict.alsoReportedBy());
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "s01, s02", // infiltration at the same northern border, a week apart
            "s01, s12", // border infiltration, another border
            "s02, s12",
            "s03, s10", // a prison break and a foiled one, the second citing the first
            "s04, s11", // two al-Hol camp stories sharing a background sentence
            "s04, s15", // a fire in al-Hol repeating the security-campaign story's background paragraph verbatim
            "s05, s06", // two ISIS cells in Kirkuk
            "s07, s09"  // two airstrikes on Hamrin, the second recalling the first
    })
    void differentStoriesOnTheSameTopicStayApart(String first, String second) {
        index.observe(article(first, "https://wire.example/" + first, "الرافد", original(first), T0));
        Verdict verdict = index.observe(article(second, "https://wire.example/" + second, "الرافد", original(second),
                T0.plus(Duration.ofHours(5))));
        assertEquals(Kind.NEW, verdict.kind(), first + " and " + second + " are different stories");
        assertTrue(TextFingerprint.of(original(first)).jaccard(TextFingerprint.of(original(second))) < 0.25);
    }

    @Test
    void aTrimmedCopyIsFoundByContainment() {
        // a long round-up from the wire, and an outlet that ran only its first two paragraphs
        String roundUp = String.join("\n\n", original("s01"), original("s12"), original("s13"));
        String excerpt = String.join("\n\n", paragraphs(original("s01")).subList(0, 2));
        assertTrue(TextFingerprint.of(roundUp).jaccard(TextFingerprint.of(excerpt)) < 0.4);

        index.observe(article("roundup", "https://wire.example/r", "الرافد", roundUp, T0));
        Verdict verdict = index.observe(article("excerpt", "https://short.example/e", "المرصد", excerpt, T0.plusSeconds(600)));
        assertEquals(Kind.NEAR_DUPLICATE, verdict.kind());
        assertEquals("roundup", verdict.originalId());

        DuplicateIndex withoutContainment = new DuplicateIndex(DedupConfig.defaults().withContainmentThreshold(1.1));
        withoutContainment.observe(article("roundup", "https://wire.example/r", "الرافد", roundUp, T0));
        assertEquals(Kind.NEW, withoutContainment.observe(
                article("excerpt", "https://short.example/e", "المرصد", excerpt, T0.plusSeconds(600))).kind());
    }

    @Test
    void otherOutletsJoinTheOriginalsAlsoReportedBy() {
        index.observe(article("wire-1", "https://wire.example/1", "وكالة الرافد", PRISON_BREAK, T0));
        String copy = PRISON_BREAK + "\n\nتابعونا على تلغرام.";
        assertEquals(List.of("الحدث"),
                index.observe(article("c1", "https://a.example/1", "الحدث", copy, T0.plusSeconds(60))).alsoReportedBy());
        // the same outlet again, and the original's own outlet, add nothing
        index.observe(article("c2", "https://a.example/2", " الحدث ", copy + " ", T0.plusSeconds(120)));
        index.observe(article("c3", "https://wire.example/1-update", "وكالة الرافد", copy, T0.plusSeconds(130)));
        Verdict third = index.observe(article("c4", "https://b.example/1", "المرصد", PRISON_BREAK, T0.plusSeconds(180)));
        assertEquals(List.of("الحدث", "المرصد"), third.alsoReportedBy());
        assertEquals(List.of("الحدث", "المرصد"), index.alsoReportedBy("wire-1"));
        assertEquals(List.of("الحدث", "المرصد"), index.alsoReportedBy("c1"), "asked through a copy");
        assertEquals(List.of(), index.alsoReportedBy("unknown"));
    }

    @Test
    void aCopyOfACopyPointsAtTheOriginal() {
        index.observe(article("wire-1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        String copy = PRISON_BREAK + "\n\nتابعونا على تلغرام.";
        index.observe(article("c1", "https://a.example/1", "الحدث", copy, T0.plusSeconds(60)));
        Verdict verdict = index.observe(article("c2", "https://b.example/7", "المرصد", copy, T0.plusSeconds(90)));
        assertEquals(Evidence.SAME_TEXT, verdict.evidence());
        assertEquals("wire-1", verdict.originalId());
        assertEquals("wire-1", index.remembered("c1").orElseThrow().duplicateOf());
    }

    @Test
    void emptyBodiesAreNotDuplicatesOfEachOther() {
        assertEquals(Kind.NEW, index.observe(article("e1", "https://a.example/1", "أ", "", T0)).kind());
        assertEquals(Kind.NEW, index.observe(article("e2", "https://a.example/2", "أ", " . ", T0)).kind());
        assertEquals(Kind.NEW, index.observe(article("e3", null, "أ", null, T0)).kind());
    }

    @Test
    void forgetsWhatIsOlderThanTheHorizon() {
        DuplicateIndex shortMemory = new DuplicateIndex(DedupConfig.defaults().withHorizon(Duration.ofHours(48)));
        shortMemory.observe(article("old", "https://wire.example/old", "الرافد", PRISON_BREAK, T0));
        shortMemory.observe(article("day", "https://wire.example/day", "الرافد", original("s05"), T0.plus(Duration.ofHours(30))));
        assertEquals(2, shortMemory.size());

        Verdict verdict = shortMemory.observe(article("new", "https://copy.example/1", "الحدث", PRISON_BREAK,
                T0.plus(Duration.ofHours(49))));
        assertEquals(Kind.NEW, verdict.kind(), "a story from 49 hours ago is news again");
        assertTrue(shortMemory.remembered("old").isEmpty());
        assertTrue(shortMemory.remembered("day").isPresent());
        assertEquals(2, shortMemory.size());
    }

    @Test
    void judgesButDoesNotRememberAnArticleOlderThanTheHorizon() {
        index.observe(article("now", "https://wire.example/now", "الرافد", original("s05"), T0.plus(Duration.ofDays(3))));
        Verdict late = index.observe(article("late", "https://wire.example/late", "الرافد", PRISON_BREAK, T0));
        assertEquals(Kind.NEW, late.kind());
        assertTrue(index.remembered("late").isEmpty());
        assertEquals(1, index.size());
    }

    @Test
    void forgetsTheOldestBeyondTheCapacity() {
        List<String> forgotten = new ArrayList<>();
        DuplicateIndex small = new DuplicateIndex(DedupConfig.defaults().withMaxEntries(3), new IndexChangeListener() {
            @Override
            public void remembered(RememberedArticle article) {
            }

            @Override
            public void forgotten(String id) {
                forgotten.add(id);
            }
        });
        String[] stories = {"s01", "s03", "s05", "s07", "s09"};
        for (int i = 0; i < stories.length; i++) {
            small.observe(article(stories[i], "https://wire.example/" + i, "الرافد", original(stories[i]),
                    T0.plus(Duration.ofMinutes(i))));
        }
        assertEquals(3, small.size());
        assertEquals(List.of("s01", "s03"), forgotten);
        assertEquals(List.of("s05", "s07", "s09"), small.snapshot().stream().map(RememberedArticle::id).toList());
        assertEquals(Kind.NEW, small.observe(article("again", "https://copy.example/1", "الحدث", original("s01"),
                T0.plus(Duration.ofMinutes(9)))).kind(), "the capacity forgot it");
    }

    @Test
    void tellsTheListenerEveryChange() {
        List<String> changes = new ArrayList<>();
        DuplicateIndex mirrored = new DuplicateIndex(DedupConfig.defaults().withMaxEntries(2), new IndexChangeListener() {
            @Override
            public void remembered(RememberedArticle article) {
                changes.add("put " + article.id() + " " + article.alsoReportedBy());
            }

            @Override
            public void forgotten(String id) {
                changes.add("delete " + id);
            }
        });
        mirrored.observe(article("w1", "https://wire.example/1", "الرافد", PRISON_BREAK, T0));
        mirrored.observe(article("c1", "https://a.example/1", "الحدث", PRISON_BREAK + " تابعونا", T0.plusSeconds(1)));
        mirrored.observe(article("w2", "https://wire.example/2", "الرافد", original("s05"), T0.plusSeconds(2)));
        assertEquals(List.of("put w1 []", "put c1 []", "put w1 [الحدث]", "put w2 []", "delete w1"), changes);
    }
}
