package io.raqib.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.ingest.dedup.TextFingerprint;
import io.raqib.schemas.RawArticle;

class ArticleFactoryTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final ArticleFactory factory = new ArticleFactory(Clock.fixed(NOW, ZoneOffset.UTC), 1000, ZoneId.of("Asia/Baghdad"));

    private static ArticleSubmission submission(String title, String body, String url, String publishedAt) {
        return new ArticleSubmission(title, body, url, null, publishedAt, null);
    }

    @Test
    void cleansDatesAndLabelsAnArabicArticle() {
        RawArticle article = factory.create(submission("  قوات الأمن تحبط محاولة تسلل  ",
                "أحبطت قوات حرس الحدود   محاولة تسلل.\r\n\r\n\r\nوأفاد مصدر أمني بأن المتسللين فروا.",
                "https://news.example/a?id=7", "2024-04-30T21:15:00+03:00"), "api").article();

        assertEquals("قوات الأمن تحبط محاولة تسلل", article.getTitle());
        assertEquals("أحبطت قوات حرس الحدود محاولة تسلل.\n\nوأفاد مصدر أمني بأن المتسللين فروا.", article.getBody());
        assertEquals("ar", article.getLanguage());
        assertEquals("api", article.getSource());
        assertEquals(Instant.parse("2024-04-30T18:15:00Z"), article.getPublishedAt());
        assertEquals(NOW, article.getFetchedAt());
        assertEquals(24, article.getId().length());
    }

    @Test
    void theSameUrlGetsTheSameIdSoARetryIsNoNewArticle() {
        var first = factory.create(submission("t", "نص أول", "https://news.example/a", null), "api").article();
        var retry = factory.create(submission("t", "نص معدل", "https://news.example/a", null), "api").article();
        var other = factory.create(submission("t", "نص أول", "https://news.example/b", null), "api").article();
        var tracked = factory.create(submission("t", "نص", "https://www.news.example/a?utm_source=tg#top", null), "api").article();
        assertEquals(first.getId(), retry.getId());
        assertEquals(first.getId(), tracked.getId());
        assertEquals("https://news.example/a", tracked.getUrl());
        assertNotEquals(first.getId(), other.getId());
    }

    @Test
    void withoutUrlTheTextDecidesTheId() {
        var a = factory.create(submission("t", "نص  الخبر", null, null), "api").article();
        var b = factory.create(submission("t", "نص الخبر", null, null), "api").article();
        assertEquals(a.getId(), b.getId());
        assertEquals(a.getContentHash(), b.getContentHash());
        assertNull(a.getUrl());
        assertNull(a.getPublishedAt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing title      | NULL  | نص       | NULL               | NULL       | title
            blank body         | عنوان | '   '    | NULL               | NULL       | body
            only control chars | عنوان | '\u200B' | NULL               | NULL       | body
            only punctuation   | عنوان | '... !!'  | NULL               | NULL       | body
            ftp url            | عنوان | نص       | ftp://x.example/a  | NULL       | url
            relative url       | عنوان | نص       | /news/1            | NULL       | url
            bad date           | عنوان | نص       | NULL               | 3 آذار     | publishedAt
            """)
    void refusesWithTheFieldAtFault(String name, String title, String body, String url, String date, String field) {
        var error = assertThrows(InvalidArticleException.class,
                () -> factory.create(submission(title, body, url, date), "api").article());
        assertEquals(field, error.field());
    }

    @Test
    void withoutADateFromTheClientTheDatelineInTheTextIsUsed() {
        var article = factory.create(submission("t", "بغداد - الأحد 3 آذار 2019: أحبطت القوات محاولة تسلل.", null, null), "api").article();
        assertEquals(Instant.parse("2019-03-02T21:00:00Z"), article.getPublishedAt()); // 00:00 in Baghdad
        assertEquals(false, article.getPublishedApproximate());
    }

    @Test
    void aRelativeDateIsKeptAndMarkedApproximate() {
        var article = factory.create(submission("t", "منذ ساعتين - أعلنت القوات اعتقال خلية.", null, null), "api").article();
        assertEquals(NOW.minusSeconds(7200), article.getPublishedAt());
        assertEquals(true, article.getPublishedApproximate());
    }

    @Test
    void aClientDateWithoutAZoneIsReadInTheDesksZone() {
        var article = factory.create(submission("t", "نص", null, "2024-04-30 21:15"), "api").article();
        assertEquals(Instant.parse("2024-04-30T18:15:00Z"), article.getPublishedAt());
    }

    @Test
    void refusesABodyOverTheLimit() {
        var error = assertThrows(InvalidArticleException.class,
                () -> factory.create(submission("t", "ب".repeat(1001), null, null), "api").article());
        assertEquals("body has 1001 characters; the limit is 1000", error.getMessage());
    }

    @Test
    void theBodysFingerprintComesWithTheArticleSoTheDedupGateNeedNotFoldItAgain() {
        ReceivedArticle received = factory.create(submission("t", "أحبطت قوات حرس الحدود   محاولة تسلل.", null, null),
                "api");
        assertEquals(TextFingerprint.of(received.article().getBody()), received.bodyFingerprint());
        assertEquals(received.bodyFingerprint().contentHash(), received.article().getContentHash());
    }

    @Test
    void labelsTheLanguageUnlessTheClientSaidIt() {
        assertEquals("en", factory.create(submission("Border secured",
                "The ministry said the border with Syria is secure.", null, null), "api").article().getLanguage());
        assertEquals("ar", factory.create(new ArticleSubmission("t", "The text is quoted in English.", null, null, null,
                "AR"), "api").article().getLanguage());
    }
}
