package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.TopicMention;

/** A window's tally: each article once, each outlet once, the latest few as evidence, bounded whatever comes. */
class SeriesTallyTest {

    private static final Instant T = Instant.parse("2024-05-10T10:00:00Z");

    private static TopicMention mention(String articleId, String outlet, String... alsoReportedBy) {
        TopicMention mention = Fixtures.mention(articleId, "border_infiltration", null, T, outlet);
        mention.setAlsoReportedBy(List.of(alsoReportedBy));
        return mention;
    }

    @Test
    void anArticleCountsOnceHoweverOftenItComes() {
        SeriesTally tally = SeriesTally.empty().add(mention("a1", "Enab Baladi")).add(mention("a2", "SANA"));
        assertSame(tally, tally.add(mention("a1", "Enab Baladi")), "a re-delivery changes nothing");
        assertEquals(2, tally.count());
        assertEquals(2, tally.outlets().size());
    }

    @Test
    void aRepostWithMoreOutletsAddsVoicesNotArticles() {
        SeriesTally tally = SeriesTally.empty().add(mention("a1", "Enab Baladi"));
        SeriesTally reposted = tally.add(mention("a1", "Enab Baladi", "SANA", "Al-Watan", "SANA"));
        assertEquals(1, reposted.count());
        assertEquals(3, reposted.outlets().size());
        assertEquals(tally.evidence(), reposted.evidence(), "the evidence is the article as it first counted");
    }

    @Test
    void theEvidenceIsTheLatestFiveNewestFirst() {
        SeriesTally tally = SeriesTally.empty();
        for (int i = 0; i < 8; i++) {
            tally = tally.add(mention("a" + i, "outlet " + i));
        }
        List<Evidence.Article> evidence = tally.evidence().articles();
        assertEquals(List.of("a7", "a6", "a5", "a4", "a3"), evidence.stream().map(Evidence.Article::articleId).toList());
        Evidence.Article newest = evidence.get(0);
        assertEquals("outlet 7", newest.source());
        assertEquals("https://news.example/a7", newest.url());
        assertEquals("تحذيرات من تسلل عبر الحدود a7", newest.title());
        assertEquals(List.of("محاولة تسلل"), newest.phrases());
    }

    @Test
    void pastAThousandArticlesFurtherOnesCountWithoutTheRepeatCheck() {
        SeriesTally tally = SeriesTally.empty();
        for (int i = 0; i < SeriesTally.MAX_ARTICLES + 5; i++) {
            tally = tally.add(mention("a" + i, "outlet " + (i % 150)));
        }
        assertEquals(SeriesTally.MAX_ARTICLES + 5, tally.count());
        assertEquals(SeriesTally.MAX_ARTICLES, tally.articles().size());
        assertEquals(SeriesTally.MAX_SOURCES, tally.outlets().size());
        assertEquals(tally.count(), tally.add(mention("a0", "outlet 0")).count(), "a remembered one still does not");
        assertEquals(tally.count() + 1, tally.add(mention("a1003", "outlet 0")).count(), "one past the memory does");
    }

    @Test
    void fingerprintsAreStableAndSpread() {
        // Stored: the same name must give the same number in every JVM and release.
        assertEquals(FingerprintSet.fingerprint("a1"), FingerprintSet.fingerprint(new String("a1")));
        assertNotEquals(FingerprintSet.fingerprint("a1"), FingerprintSet.fingerprint("a2"));
        assertEquals(0xf0c5863ec5a4101bL, FingerprintSet.fingerprint64("article-42"), "the stored function changed");
        assertEquals(0x35619625, FingerprintSet.fingerprint("article-42"), "the stored function changed");
    }
}
