package io.raqib.ingest.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.ingest.InvalidArticleException;

class DropFileReaderTest {

    private final DropFileReader reader = new DropFileReader(new ObjectMapper());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTextFileIsATitleLineAndTheArticleBelowIt() {
        var article = reader.read("report.txt", utf8("""

                اعتقال خلية كانت تخطط لتهريب سجناء

                أعلنت قيادة العمليات المشتركة اعتقال خمسة متهمين في ريف نينوى.
                وقالت إن الخلية كانت تخطط لتهريب سجناء من أحد مراكز الاحتجاز.
                """)).get(0);
        assertEquals("اعتقال خلية كانت تخطط لتهريب سجناء", article.title());
        assertTrue(article.body().contains("ريف نينوى"));
        assertTrue(article.body().contains("مراكز الاحتجاز"));
    }

    @Test
    void aTextFileInWindows1256IsReadAsArabic() {
        byte[] legacy = "عنوان الخبر\nتسلل مسلحين عبر الحدود".getBytes(Charset.forName("windows-1256"));
        assertEquals("تسلل مسلحين عبر الحدود", reader.read("old.TXT", legacy).get(0).body());
    }

    @Test
    void aSavedPageGivesItsMainTextTitleDateAndCanonicalUrl() {
        var article = reader.read("page.html", utf8("""
                <html lang="ar" dir="rtl"><head><meta charset="utf-8">
                <title>غارات جوية على مواقع التنظيم في البادية</title>
                <link rel="canonical" href="https://news.example/airstrikes/77?utm_source=x">
                <meta property="article:published_time" content="2024-06-02T09:30:00+03:00">
                </head><body><nav>الرئيسية | أخبار | رياضة</nav>
                <article><h1>غارات جوية على مواقع التنظيم في البادية</h1>
                <p>نفذت طائرات التحالف سلسلة غارات جوية على مواقع لتنظيم داعش في بادية الأنبار فجر اليوم.</p>
                <p>وقال مصدر أمني إن الغارات استهدفت مخابئ وأنفاقا يستخدمها عناصر التنظيم للتنقل بين الوديان.</p>
                </article><footer>شارك على فيسبوك تويتر</footer></body></html>
                """)).get(0);
        assertEquals("غارات جوية على مواقع التنظيم في البادية", article.title());
        assertTrue(article.body().contains("بادية الأنبار"), article.body());
        assertFalse(article.body().contains("فيسبوك"), article.body());
        assertEquals("2024-06-02T09:30:00+03:00", article.publishedAt());
        assertTrue(article.url().startsWith("https://news.example/airstrikes/77"));
    }

    @Test
    void aPageDeclaringWindows1256IsDecodedAsDeclared() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>خبر</title></head><body><article><p>أحبطت القوات محاولة تسلل جديدة عبر الشريط الحدودي "
                + "مع سوريا قرب منفذ ربيعة، وفق بيان رسمي.</p></article></body></html>";
        var article = reader.read("legacy.htm", html.getBytes(Charset.forName("windows-1256"))).get(0);
        assertTrue(article.body().contains("منفذ ربيعة"), article.body());
    }

    @Test
    void aJsonFileIsOneArticleOrABatchAsTheApiTakesThem() {
        assertEquals(1, reader.read("one.json", utf8("{\"title\": \"ع\", \"body\": \"ن\"}")).size());
        var batch = reader.read("many.json", utf8("""
                [{"title": "ع1", "body": "ن1", "source": "وكالة"}, {"title": "ع2", "body": "ن2"}]"""));
        assertEquals(2, batch.size());
        assertEquals("وكالة", batch.get(0).source());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            notes.docx | anything                 | unsupported file type; drop .txt, .html or .json files
            one.txt    | عنوان بلا نص             | a .txt file needs a title on its first line and the article below it
            bad.json   | {"title": "ع",           | not valid JSON
            num.json   | 42                       | expected an article object or an array of them
            empty.json | []                       | the array is empty
            wrong.json | [{"title": ["x"]}]       | article 0 is not an article object
            page.html  | <html><body></body></html> | no article text found in the page
            """)
    void refusesWhatHoldsNoArticleWithTheReason(String name, String content, String reason) {
        var error = assertThrows(InvalidArticleException.class, () -> reader.read(name, utf8(content)));
        assertTrue(error.getMessage().startsWith(reason), error.getMessage());
    }

    @Test
    void aJsonFileMustBeUtf8() {
        byte[] latin = "{\"title\": \"é\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("a .json file must be UTF-8",
                assertThrows(InvalidArticleException.class, () -> reader.read("x.json", latin)).getMessage());
    }
}
