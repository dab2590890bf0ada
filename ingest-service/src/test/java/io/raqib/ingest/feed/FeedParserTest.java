package io.raqib.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private Feed parse(String fixture, String httpCharset, String feedUrl) throws FeedException {
        return parser.parse(new ByteArrayInputStream(Fixtures.bytes("feeds/" + fixture)), httpCharset, feedUrl);
    }

    /** The first item of every well-formed fixture, field by field. */
    static Stream<Arguments> feeds() {
        return Stream.of(
                Arguments.of("rss2-content.xml", FeedFormat.RSS_2, "موقع الرصد الإخباري", 3, new FeedItem(
                        "إحباط محاولة تسلل مجموعة مسلحة عبر الحدود الشرقية",
                        "https://alrasd.example/2024/05/12/border-infiltration-foiled/",
                        "https://alrasd.example/?p=18342",
                        "Sun, 12 May 2024 07:45:12 +0000",
                        null,
                        "أحبطت قوات حرس الحدود، فجر اليوم الأحد، محاولة تسلل نفذتها مجموعة مسلحة مؤلفة من سبعة أشخاص عبر"
                                + " الشريط الحدودي الشرقي",
                        "أحبطت قوات حرس الحدود، فجر اليوم الأحد، محاولة تسلل نفذتها مجموعة مسلحة مؤلفة من سبعة أشخاص عبر"
                                + " الشريط الحدودي الشرقي، قرب معبر الوادي الأحمر، بحسب ما أفاد مصدر عسكري.\n\n"
                                + "وقال المصدر إن دورية راجلة رصدت تحرك المجموعة عند الساعة الثالثة فجراً، وطلبت من أفرادها"
                                + " التوقف، إلا أنهم أطلقوا النار باتجاه الدورية.\n\n"
                                + "تشديد الإجراءات على الحدود\n\n"
                                + "وتشهد المناطق الحدودية منذ مطلع العام الحالي تصاعداً في محاولات التسلل والتهريب.\n"
                                + "وأعلنت السلطات الشهر الماضي إحباط أربع محاولات مماثلة.",
                        "محرر الموقع",
                        List.of("أمن", "الحدود"))),
                Arguments.of("atom.xml", FeedFormat.ATOM, "شبكة الأفق - تقارير", 3, new FeedItem(
                        "مخاوف أممية من تدهور الأوضاع الأمنية في مخيم النور للنازحين",
                        "https://alofoq.example/ar/news/2024/08/14/camp-security-fears",
                        "tag:alofoq.example,2024:88121",
                        "2024-08-14T13:05:00Z",
                        "2024-08-15T06:40:00Z",
                        "حذرت منظمات إنسانية دولية من تدهور متسارع في الأوضاع الأمنية داخل مخيم النور للنازحين.",
                        "حذرت منظمات إنسانية دولية، الأربعاء، من تدهور متسارع في الأوضاع الأمنية داخل مخيم النور"
                                + " للنازحين.\n\n"
                                + "وقالت المنظمات إن عدد حوادث القتل داخل المخيم منذ بداية العام بلغ ١٩ حادثة.",
                        "ليلى منصور",
                        List.of("المخيمات", "داعش"))),
                Arguments.of("rss2-summaries.xml", FeedFormat.RSS_2, "بوابة المساء - أمن وقضاء", 3, new FeedItem(
                        "فرار 14 سجيناً من سجن الصفصاف المركزي بعد هجوم مسلح",
                        "https://almasaa.example/news/2024/06/03/prison-break-14",
                        "https://almasaa.example/news/2024/06/03/prison-break-14",
                        "Mon, 03 Jun 2024 09:15:00 +0300",
                        null,
                        "تمكن 14 سجيناً، بينهم ستة محكومين بقضايا إرهاب، من الفرار من سجن الصفصاف المركزي مساء الأحد،"
                                + " بعد هجوم شنه مسلحون مجهولون على البوابة الرئيسية",
                        null,
                        null,
                        List.of("أمن وقضاء"))),
                Arguments.of("rdf.xml", FeedFormat.RSS_1, "شبكة الحدث الإخبارية", 2, new FeedItem(
                        "ضبط شحنة أسلحة مهربة في مستودع قرب الحدود الجنوبية",
                        "https://alhadath.example/ShowNews.aspx?id=77120",
                        "https://alhadath.example/ShowNews.aspx?id=77120",
                        "2024-09-02T11:40:00+03:00",
                        null,
                        "ضبطت دائرة مكافحة التهريب شحنة كبيرة من الأسلحة والذخائر المهربة داخل مستودع زراعي مهجور.",
                        null,
                        "قسم الأخبار المحلية",
                        List.of("تهريب"))),
                Arguments.of("windows-1256.xml", FeedFormat.RSS_2, "صحيفة الوادي", 2, new FeedItem(
                        "اعتقال خلية لتهريب البشر على الحدود الشمالية",
                        "http://alwadi.example/news.php?id=5521",
                        "http://alwadi.example/news.php?id=5521",
                        "Wed, 09 Oct 2024 08:20:00 +0300",
                        null,
                        "أعلنت قيادة حرس الحدود اعتقال خمسة أشخاص يديرون شبكة لتهريب البشر عبر الحدود الشمالية، وضبط"
                                + " سيارتين معدتين لنقل المهاجرين.",
                        null,
                        null,
                        List.of("أمن"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    void parsesTheFirstItemOfEachFormat(String fixture, FeedFormat format, String title, int items, FeedItem first)
            throws FeedException {
        // The summaries feed has a relative link: the URL the feed came from makes it absolute.
        Feed feed = parse(fixture, null, "https://almasaa.example/rss/security.xml");
        assertEquals(format, feed.format());
        assertEquals(title, feed.title());
        assertEquals(items, feed.items().size());
        assertEquals(first, feed.items().get(0));
    }

    @Test
    void contentEncodedLosesMarkupScriptsShareBarsAndTheWordPressFooter() throws FeedException {
        List<FeedItem> items = parse("rss2-content.xml", null, null).items();
        for (FeedItem item : items) {
            for (String text : new String[] {item.summary(), item.content()}) {
                assertFalse(text.contains("<"), text);
                assertFalse(text.contains("ظهرت المقالة"), text);
                assertFalse(text.contains("[…]"), text);
                assertFalse(text.contains("Facebook"), text);
                assertFalse(text.contains("شارك"), text);
                assertFalse(text.contains("alert"), text);
            }
        }
        assertEquals("أعلنت وزارة الدفاع إسقاط طائرة مسيرة “مفخخة” قرب قاعدة عسكرية في الريف الشمالي، دون وقوع إصابات.\n\n"
                + "وأوضحت الوزارة أن الدفاعات الجوية رصدت الطائرة & تعاملت معها قبل وصولها إلى هدفها.",
                items.get(1).content());
        assertEquals(items.get(1).content(), items.get(1).text());
    }

    @Test
    void atomEntriesFallBackToFeedAuthorAndResolveRelativeLinks() throws FeedException {
        Feed feed = parse("atom.xml", null, "https://alofoq.example/ar/reports/atom.xml");
        FeedItem second = feed.items().get(1);
        assertEquals("https://alofoq.example/ar/news/2024/08/13/return-of-displaced", second.link());
        assertEquals("شبكة الأفق", second.author());
        assertNull(second.published());
        assertEquals("2024-08-13T10:00:00Z", second.updated());
        assertEquals(List.of("النازحون"), second.categories());
        assertNull(second.content());
        assertEquals(second.summary(), second.text());

        FeedItem third = feed.items().get(2);
        assertNull(third.summary());
        assertEquals("أعلنت منظمة دولية تقليص حصص المساعدات الغذائية الشهرية في المخيمات بنسبة 30 بالمئة.\n\n"
                + "وعزت المنظمة القرار إلى نقص التمويل.", third.content());
        assertEquals("https://alofoq.example/ar/reports", feed.link());
    }

    @Test
    void summariesOnlyFeedKeepsPlainTextLineBreaksAndUsesPermalinkGuids() throws FeedException {
        Feed feed = parse("rss2-summaries.xml", null, null);
        FeedItem second = feed.items().get(1);
        assertEquals("ألقت قوات الأمن القبض على اثنين من السجناء الفارين \"الخطرين\" في مزرعة\nقرب الحدود.\n\n"
                + "وقالت الشرطة إن البحث مستمر عن ثلاثة آخرين.", second.summary());
        assertEquals("news@almasaa.example (قسم الأخبار)", second.author());
        FeedItem third = feed.items().get(2);
        assertEquals("https://almasaa.example/news/2024/05/20/prison-riot", third.link());
        assertEquals("شهد سجن النساء المركزي أعمال شغب احتجاجاً على ظروف الاحتجاز", third.summary());
        // Without a feed URL the channel link is the base for relative item links.
        assertEquals("https://almasaa.example/news/2024/06/03/prison-break-14", feed.items().get(0).link());
    }

    @Test
    void aFeedWithoutItemsIsAnEmptyListNotAnError() throws FeedException {
        Feed feed = parse("empty-channel.xml", null, null);
        assertEquals("خلاصة بلا أخبار", feed.title());
        assertTrue(feed.items().isEmpty());
    }

    @ParameterizedTest(name = "{0} with HTTP charset {1}")
    @CsvSource(nullValues = "NULL", textBlock = """
            windows-1256.xml,                 NULL,                                windows-1256
            windows-1256.xml,                 text/xml; charset=utf-8,            windows-1256
            windows-1256-no-declaration.xml,  application/rss+xml; charset=windows-1256, windows-1256
            windows-1256-no-declaration.xml,  windows-1256,                        windows-1256
            windows-1256-no-declaration.xml,  NULL,                                windows-1256
            windows-1256-no-declaration.xml,  text/xml; charset=utf-8,            windows-1256
            utf8-bom.xml,                     text/xml; charset=windows-1256,     UTF-8
            rss2-content.xml,                 application/rss+xml; charset=windows-1256, UTF-8
            rss2-summaries.xml,               text/xml; charset=no-such-charset,  UTF-8
            """)
    void decodesArabicWhateverTheCharsetSignals(String fixture, String httpCharset, String expected)
            throws FeedException {
        Feed feed = parse(fixture, httpCharset, null);
        assertEquals(Charset.forName(expected), Charset.forName(feed.charset()));
        FeedItem first = feed.items().get(0);
        assertTrue(LanguageCheck.mostlyArabic(first.title()), first.title());
        assertFalse(first.title().contains("\uFFFD"), first.title());
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1256FallsBack() throws FeedException {
        String utf8 = new String(Fixtures.bytes("feeds/windows-1256.xml"), Charset.forName("windows-1256"))
                .replace("encoding=\"windows-1256\"", "encoding=\"UTF-8\"");
        byte[] lying = utf8.getBytes(Charset.forName("windows-1256"));
        Feed feed = parser.parse(lying, null, null);
        assertEquals("windows-1256", feed.charset());
        assertEquals("اعتقال خلية لتهريب البشر على الحدود الشمالية", feed.items().get(0).title());
    }

    @Test
    void oneDamagedByteInAnArabicUtf8FeedDoesNotSwitchCharsets() throws FeedException {
        byte[] feed = Fixtures.bytes("feeds/rss2-content.xml");
        String text = new String(feed, StandardCharsets.UTF_8);
        int newline = text.indexOf("</comments>\n") + "</comments>".length();
        byte[] copy = feed.clone();
        copy[text.substring(0, newline).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3; // a lone lead byte
        Feed parsed = parser.parse(copy, null, null);
        assertEquals("UTF-8", parsed.charset());
        assertEquals("إحباط محاولة تسلل مجموعة مسلحة عبر الحدود الشرقية", parsed.items().get(0).title());
    }

    @Test
    void aCustomFallbackCharsetIsUsedForUndecodableBytes() throws FeedException {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Caf\u00e9 r\u00e9sum\u00e9</title>"
                + "<link>https://x.example/1</link></item></channel></rss>";
        FeedParser latin = new FeedParser(1024, StandardCharsets.ISO_8859_1);
        Feed feed = latin.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null, null);
        assertEquals("Café résumé", feed.items().get(0).title());
    }

    @Test
    void refusesANonsensicalCap() {
        assertThrows(IllegalArgumentException.class, () -> new FeedParser(0));
    }

    /** Script share, good enough to see mojibake. */
    static final class LanguageCheck {
        static boolean mostlyArabic(String s) {
            long letters = s.codePoints().filter(Character::isLetter).count();
            long arabic = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(c)).count();
            return letters > 0 && arabic * 10 >= letters * 9;
        }
    }
}
