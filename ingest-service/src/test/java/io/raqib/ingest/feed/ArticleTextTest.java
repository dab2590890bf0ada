package io.raqib.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.raqib.ingest.feed.DateCandidate.Kind;

class ArticleTextTest {

    /** Furniture every page has in one form or another; none of it may reach the text. */
    private static final List<String> BOILERPLATE = List.of("Facebook", "Twitter", "WhatsApp", "Telegram", "فيسبوك",
            "تويتر", "واتساب", "شارك", "مشاركة", "تابعونا", "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة",
            "مواضيع ذات صلة", "المزيد من الأخبار", "الأكثر قراءة", "محرر الموقع", "جميع الحقوق محفوظة", "©",
            "التعليقات", "تعليق", "الوسوم", "العدد 4512", "صفحة 7", "كتب:", "\u200B", "\u200F", "ـ");

    record Page(String fixture, String url, String title, String canonical, String publishedHint,
            List<DateCandidate> dates, List<String> paragraphs, List<String> absent) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Page> pages() {
        return Stream.of(
                new Page("wordpress-border-infiltration.html",
                        "https://alrasd.example/2024/05/12/border-infiltration-foiled/",
                        "إحباط محاولة تسلل مجموعة مسلحة عبر الحدود الشرقية",
                        "https://alrasd.example/2024/05/12/border-infiltration-foiled/",
                        "2024-05-12T07:45:12+00:00",
                        List.of(published("meta article:published_time", "2024-05-12T07:45:12+00:00"),
                                published("time datetime", "2024-05-12T10:45:12+03:00"),
                                modified("meta article:modified_time", "2024-05-12T09:02:40+00:00"),
                                modified("time datetime", "2024-05-12T12:02:40+03:00")),
                        List.of("أحبطت قوات حرس الحدود، فجر اليوم الأحد، محاولة تسلل نفذتها مجموعة مسلحة مؤلفة من سبعة"
                                        + " أشخاص عبر الشريط الحدودي الشرقي، قرب معبر الوادي الأحمر، بحسب ما أفاد مصدر عسكري.",
                                "وقال المصدر إن دورية راجلة رصدت تحرك المجموعة عند الساعة الثالثة فجراً، وطلبت من أفرادها"
                                        + " التوقف، إلا أنهم أطلقوا النار باتجاه الدورية، ما أدى إلى اشتباك استمر قرابة ساعة،"
                                        + " انتهى بمقتل اثنين من المتسللين واعتقال ثلاثة آخرين، فيما فر اثنان باتجاه الأراضي"
                                        + " المجاورة.",
                                "وأضاف أن القوات ضبطت بحوزة المجموعة أسلحة رشاشة، وقنابل يدوية، وأجهزة اتصال لاسلكية،"
                                        + " إضافة إلى كمية من المواد المخدرة كانت معدة للتهريب.",
                                "تشديد الإجراءات على الحدود",
                                "وتشهد المناطق الحدودية منذ مطلع العام الحالي تصاعداً في محاولات التسلل والتهريب، إذ"
                                        + " أعلنت السلطات الشهر الماضي إحباط أربع محاولات مماثلة، ودفعت بتعزيزات إضافية إلى"
                                        + " النقاط المتقدمة، وزودتها بكاميرات حرارية وأبراج مراقبة جديدة.",
                                "من جهته، دعا محافظ المنطقة الحدودية السكان إلى الإبلاغ عن أي تحركات مشبوهة، مؤكداً أن"
                                        + " \"أمن الحدود مسؤولية مشتركة\"، وأن الأجهزة الأمنية ستواصل ملاحقة شبكات التهريب"
                                        + " التي تستغل وعورة التضاريس."),
                        List.of("القبض على شبكة لتهريب الأسلحة", "تركيب كاميرات حرارية", "الله يحمي جنودنا",
                                "نطالب بنشر المزيد", "أحدث المقالات", "إسقاط طائرة مسيرة", "الأسلحة المضبوطة بحوزة",
                                "تخطي إلى المحتوى", "المقال السابق", "على مدار الساعة", "نشر في", "بواسطة",
                                "موقع الرصد الإخباري", "12 مايو", "اتصل بنا", "أخبار محلية")),
                new Page("portal-prison-break.html",
                        "https://almasaa.example/news/2024/06/03/prison-break-14?utm_source=rss",
                        "فرار 14 سجيناً من سجن الصفصاف المركزي بعد هجوم مسلح",
                        "https://almasaa.example/news/2024/06/03/prison-break-14",
                        "2024-06-03T09:15:00+03:00",
                        List.of(published("itemprop datePublished", "2024-06-03T09:15:00+03:00"),
                                modified("meta og:updated_time", "2024-06-03T16:20:00+03:00")),
                        List.of("تمكن 14 سجيناً، بينهم ستة محكومين بقضايا إرهاب، من الفرار من سجن الصفصاف المركزي مساء"
                                        + " الأحد، بعد هجوم شنه مسلحون مجهولون على البوابة الرئيسية للسجن، وفق ما أكده مصدر في"
                                        + " وزارة الداخلية.",
                                "وأوضح المصدر أن المهاجمين، الذين قدر عددهم بنحو عشرين مسلحاً، استخدموا سيارة مفخخة لتفجير"
                                        + " البوابة، ثم اشتبكوا مع عناصر الحراسة لنحو أربعين دقيقة، ما أسفر عن مقتل حارسين"
                                        + " وإصابة خمسة آخرين بجروح متفاوتة.",
                                "وأشار إلى أن قوات الأمن استعادت السيطرة على السجن بعد وصول تعزيزات من المدينة، وأعادت"
                                        + " القبض على أربعة من الفارين في محيط المنطقة، فيما لا تزال عمليات البحث جارية عن"
                                        + " العشرة الباقين، وأغلقت الطرق المؤدية إلى المنطقة.",
                                "وفي السياق، أعلنت الوزارة تشكيل لجنة تحقيق للوقوف على ملابسات الحادثة، وتحديد المسؤوليات،"
                                        + " ودعت المواطنين إلى الإبلاغ عن أي معلومات تتعلق بأماكن اختباء الفارين، مع نشر صورهم"
                                        + " على المعابر والحواجز.",
                                "يذكر أن سجن الصفصاف يضم أكثر من ألفي نزيل، وتعرض خلال السنوات الماضية لهجومين مماثلين،"
                                        + " فيما حذر خبراء أمنيون مراراً من اكتظاظه وضعف تحصيناته."),
                        List.of("القبض على اثنين من الفارين", "أعمال شغب في سجن النساء", "ارتفاع أسعار الخبز",
                                "لماذا تتكرر حوادث الفرار", "عدد المشاهدات", "مقتل حارسين في هجوم على سجن الصفصاف العام",
                                "(أرشيف)", "انقطاع التيار الكهربائي", "سامر الحلبي", "حزيران 2024", "31°",
                                "سياسة الخصوصية", "محليات", "بوابة المساء", "منذ 6 أيام")),
                new Page("amp-isis-cell.html",
                        "https://alyaqeen.example/amp/security/isis-cell-dismantled-4471",
                        "تفكيك خلية لتنظيم داعش خططت لاستهداف حواجز أمنية",
                        "https://alyaqeen.example/security/isis-cell-dismantled-4471",
                        "2024-07-21T08:00:00+03:00",
                        List.of(published("json-ld datePublished", "2024-07-21T08:00:00+03:00"),
                                new DateCandidate("time datetime", "2024-07-21T08:00:00+03:00", Kind.UNSPECIFIED),
                                modified("json-ld dateModified", "2024-07-21T11:30:00+03:00")),
                        List.of("أعلنت قيادة الأمن الداخلي، اليوم الأحد، تفكيك خلية تابعة لتنظيم داعش في ريف الحمرا"
                                        + " الشمالي، كانت تخطط لاستهداف حواجز أمنية ودوريات على الطريق الدولي، واعتقال خمسة"
                                        + " من أفرادها بينهم قيادي محلي.",
                                "وقالت القيادة في بيان إن العملية جاءت بعد متابعة استمرت ثلاثة أسابيع، جرى خلالها رصد"
                                        + " اتصالات أفراد الخلية وتحركاتهم بين القرى، قبل أن تداهم وحدات خاصة منزلين في بلدة"
                                        + " تل الصفا فجراً، دون تسجيل إصابات في صفوف القوات.",
                                "وعثرت القوات داخل أحد المنزلين على أحزمة ناسفة معدة للتفجير، وعبوات مصنعة محلياً، وكميات"
                                        + " من الذخائر، إضافة إلى وثائق تتضمن خرائط لمواقع الحواجز وأوقات تبديل المناوبات.",
                                "\"الخلية كانت في المراحل الأخيرة من التحضير، وكانت تنتظر الأوامر لتنفيذ هجمات متزامنة\"،"
                                        + " بحسب مسؤول أمني تحدث شريطة عدم الكشف عن هويته.",
                                "ويأتي الإعلان بعد أسابيع من تصاعد هجمات الخلايا النائمة في المنطقة، إذ قتل ثلاثة عناصر"
                                        + " أمن الشهر الماضي في كمين استهدف دوريتهم على الطريق ذاته، وتبنى التنظيم الهجوم"
                                        + " لاحقاً."),
                        List.of("عناصر من قوى الأمن خلال المداهمة", "مقتل ثلاثة عناصر أمن في كمين على الطريق الدولي",
                                "حظر تجول ليلي", "قسم الأمن", "خلايا نائمة", "العودة إلى النسخة الكاملة", "21 يوليو",
                                "الخبر اليقين", "فيديو", "☰")),
                new Page("jsonld-camp.html",
                        "https://alofoq.example/ar/news/2024/08/14/camp-security-fears?ref=home",
                        "مخاوف أممية من تدهور الأوضاع الأمنية في مخيم النور للنازحين",
                        "https://alofoq.example/ar/news/2024/08/14/camp-security-fears",
                        "2024-08-14T13:05:00Z",
                        List.of(published("json-ld datePublished", "2024-08-14T13:05:00Z"),
                                modified("json-ld dateModified", "2024-08-15T06:40:00Z")),
                        List.of("حذرت منظمات إنسانية دولية، الأربعاء، من تدهور متسارع في الأوضاع الأمنية داخل مخيم النور"
                                        + " للنازحين، الذي يؤوي نحو ٤٥ ألف شخص، معظمهم من النساء والأطفال، بعد سلسلة من"
                                        + " حوادث القتل والاعتداءات خلال الأشهر الأخيرة.",
                                "وقالت المنظمات في بيان مشترك إن عدد حوادث القتل داخل المخيم منذ بداية العام بلغ ١٩ حادثة،"
                                        + " نُسب معظمها إلى خلايا مرتبطة بتنظيم داعش تسعى إلى فرض سيطرتها على أقسام من المخيم،"
                                        + " وترهيب العائلات التي ترفض الانصياع لها.",
                                "وأكد مسؤول في إدارة المخيم، طلب عدم ذكر اسمه، أن عناصر الحراسة يعانون نقصاً في العدد"
                                        + " والتجهيزات، وأن عمليات التفتيش الأخيرة كشفت أنفاقاً وخنادق محفورة تحت الخيام،"
                                        + " إضافة إلى مخابئ لأسلحة خفيفة وهواتف فضائية.",
                                // Telegram in a story sentence stays; only the follow-us line goes.
                                "وتبنى التنظيم عبر معرفات تابعة له على تطبيق تلغرام مسؤولية عدد من تلك الحوادث، في رسائل"
                                        + " تحرض على \"معاقبة المرتدين\" داخل المخيم، وفق ما أوردته المنظمات في بيانها.",
                                "ودعت المنظمات الدول المعنية إلى الإسراع في إعادة رعاياها المحتجزين في المخيم، محذرة من أن"
                                        + " بقاء آلاف الأطفال في هذه الظروف \"يشكل بيئة خصبة لإعادة إنتاج التطرف\"، ومطالبة"
                                        + " بزيادة تمويل برامج التعليم والدعم النفسي."),
                        List.of("سيول تجتاح", "ليلى منصور", "حملة تفتيش واسعة", "الوضع في المخيم كارثي",
                                "يجب فصل العائلات", "عودة دفعة جديدة", "بث مباشر", "إكس", "t.me", "📌", "🔴", "👈",
                                "14 آب", "المخيمات داعش", "شبكة الأفق")),
                new Page("legacy-table-smuggling.html",
                        "http://alhadath.example/ShowNews.aspx?id=77120",
                        "ضبط شحنة أسلحة مهربة في مستودع قرب الحدود الجنوبية",
                        "http://alhadath.example/ShowNews.aspx?id=77120",
                        "2024/09/02",
                        List.of(published("meta date", "2024/09/02")),
                        List.of("ضبطت دائرة مكافحة التهريب، أمس الأحد، شحنة كبيرة من الأسلحة والذخائر المهربة داخل"
                                        + " مستودع زراعي مهجور في بلدة الشيخ مسعود، على بعد نحو خمسة كيلومترات من الحدود"
                                        + " الجنوبية، وأوقفت أربعة أشخاص يشتبه بتورطهم في إدخالها.",
                                "وقال مدير الدائرة في تصريح صحفي إن الشحنة تضم ستين بندقية آلية، وعشرة رشاشات متوسطة،"
                                        + " وأكثر من عشرين ألف طلقة، إضافة إلى مناظير ليلية، مشيراً إلى أنها أدخلت على دفعات"
                                        + " خلال الأسابيع الماضية عبر طرق ترابية يصعب رصدها.",
                                "وأضاف أن التحقيقات الأولية تشير إلى أن الأسلحة كانت معدة للبيع لجماعات مسلحة في الداخل،"
                                        + " وأن الموقوفين على صلة بشبكة تهريب تنشط على جانبي الحدود، ويجري العمل على تحديد"
                                        + " بقية أفرادها وممولها الرئيسي.",
                                "وتعد هذه الشحنة الأكبر من نوعها منذ مطلع العام، بحسب الدائرة، التي أعلنت الشهر الماضي ضبط"
                                        + " كميات من المخدرات والسجائر المهربة في المنطقة ذاتها."),
                        List.of("مقتل شخصين بانفجار لغم", "استطلاع الرأي", "هل تعتقد", "ضبط 40 كيلوغراماً", "طباعة",
                                "أرسل لصديق", "تصميم وبرمجة", "أيلول 2024", "الأرشيف", "آخر الأخبار", "شبكة الحدث", "منوعات")));
    }

    private static DateCandidate published(String source, String value) {
        return new DateCandidate(source, value, Kind.PUBLISHED);
    }

    private static DateCandidate modified(String source, String value) {
        return new DateCandidate(source, value, Kind.MODIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsTitleCanonicalUrlAndDates(Page page) {
        ArticleText article = ArticleText.extract(Fixtures.utf8("pages/" + page.fixture()), page.url());
        assertEquals(page.title(), article.title());
        assertEquals(page.canonical(), article.canonicalUrl());
        assertEquals(page.dates(), article.dates());
        assertEquals(page.publishedHint(), article.publishedHint());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsExactlyTheStoryParagraphs(Page page) {
        ArticleText article = ArticleText.extract(Fixtures.utf8("pages/" + page.fixture()), page.url());
        assertEquals(page.paragraphs(), article.paragraphs());
        assertEquals(String.join("\n\n", page.paragraphs()), article.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void dropsEveryKindOfBoilerplate(Page page) {
        String text = ArticleText.extract(Fixtures.utf8("pages/" + page.fixture()), page.url()).text();
        List<String> found = new ArrayList<>();
        for (String junk : BOILERPLATE) {
            if (text.contains(junk)) {
                found.add(junk);
            }
        }
        for (String junk : page.absent()) {
            if (text.contains(junk)) {
                found.add(junk);
            }
        }
        assertEquals(List.of(), found, "boilerplate left in the text of " + page.fixture());
        assertFalse(text.lines().anyMatch(line -> line.equals("إعلان")));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiterString = ";;", nullValues = "NULL", textBlock = """
            سجن الشمال: فرار ستة سجناء بعد انهيار جدار - بوابة المساء     ;; بوابة المساء ;; سجن الشمال: فرار ستة سجناء بعد انهيار جدار
            بوابة المساء | سجن الشمال: فرار ستة سجناء بعد انهيار جدار     ;; بوابة المساء ;; سجن الشمال: فرار ستة سجناء بعد انهيار جدار
            اعتقال قيادي في داعش خلال مداهمة فجراً :: أخبار :: شبكة الحدث ;; NULL         ;; اعتقال قيادي في داعش خلال مداهمة فجراً
            اعتقال قيادي في داعش خلال مداهمة فجراً | الحدث                 ;; NULL         ;; اعتقال قيادي في داعش خلال مداهمة فجراً
            دمشق - اعتقال قيادي في داعش خلال مداهمة فجراً                  ;; NULL         ;; دمشق - اعتقال قيادي في داعش خلال مداهمة فجراً
            اعتقال قيادي - صحيفة                                           ;; NULL         ;; اعتقال قيادي - صحيفة
            اعتقال قيادي في داعش                                           ;; NULL         ;; اعتقال قيادي في داعش
            """)
    void titlesLoseTheSiteNameButNotTheirOwnWords(String raw, String site, String expected) {
        assertEquals(expected, MainTextExtractor.stripSiteName(raw, site));
    }

    @Test
    void theTitleFallsBackFromOgTitleToH1ToTitleTag() {
        String og = "<html><head><title>عنوان الوسم - الموقع</title><meta property=\"og:title\" content=\"عنوان أو جي\">"
                + "</head><body><article><h1>عنوان الصفحة الرئيسي</h1></article></body></html>";
        assertEquals("عنوان أو جي", ArticleText.extract(og, null).title());
        String h1 = "<html><head><title>عنوان الوسم الطويل هنا - الموقع</title></head><body><header><h1 class=\"logo\">"
                + "الموقع</h1></header><article><h1>عنوان الصفحة الرئيسي</h1></article></body></html>";
        assertEquals("عنوان الصفحة الرئيسي", ArticleText.extract(h1, null).title());
        String siteAsOg = "<html><head><meta property=\"og:site_name\" content=\"بوابة المساء\"><meta property=\"og:title\""
                + " content=\"بوابة المساء\"></head><body><h1>عنوان الصفحة الرئيسي</h1></body></html>";
        assertEquals("عنوان الصفحة الرئيسي", ArticleText.extract(siteAsOg, null).title());
        String title = "<html><head><title>عنوان الوسم الطويل هنا | الموقع</title></head><body><p>نص</p></body></html>";
        assertEquals("عنوان الوسم الطويل هنا", ArticleText.extract(title, null).title());
    }

    @Test
    void anEmptyOrTextlessPageGivesEmptyTextNotAnError() {
        ArticleText empty = ArticleText.extract("", "https://x.example/a");
        assertEquals("", empty.text());
        assertNull(empty.title());
        assertEquals("https://x.example/a", empty.canonicalUrl());
        assertTrue(empty.paragraphs().isEmpty());
        assertNull(empty.publishedHint());
        ArticleText nav = ArticleText.extract("<nav><a href=/>الرئيسية</a> <a href=/a>أخبار</a></nav>", null);
        assertEquals("", nav.text());
    }

    @Test
    void aStoryCutIntoManyWrappedChunksIsKeptWhole() {
        StringBuilder html = new StringBuilder("<html><body><div class=page><div class=story>");
        List<String> expected = new ArrayList<>();
        for (int chunk = 1; chunk <= 5; chunk++) {
            html.append("<div class=chunk><div>");
            for (int p = 1; p <= 3; p++) {
                String paragraph = "الفقرة " + chunk + "-" + p + ": واصلت فرق البحث ملاحقة السجناء الفارين في المناطق"
                        + " الجبلية، وسط انتشار أمني كثيف، بحسب مصادر محلية.";
                expected.add(paragraph);
                html.append("<p>").append(paragraph).append("</p>");
            }
            html.append("</div></div>");
        }
        html.append("</div><div class=col><p>نشرة الطقس: أجواء حارة نسبياً في معظم المناطق مع رياح خفيفة إلى معتدلة،")
                .append(" ونشاط للغبار في البادية.</p></div></div></body></html>");
        assertEquals(expected, ArticleText.extract(html.toString(), null).paragraphs());
    }

    @Test
    void brokenMarkupAndDeepNestingAreSurvived() {
        String story = "أعلنت السلطات اعتقال ثلاثة أشخاص بتهمة تهريب الأسلحة عبر الحدود، وضبط سيارة محملة بالذخائر.";
        String deep = "<div>".repeat(3000) + "<p>" + story + "</p>" + "</div>".repeat(3000);
        assertEquals(story, ArticleText.extract(deep, null).text());
        String broken = "<html><body><div class=content><p>" + story + "<p>" + story + "</b></i><table><tr><td>";
        assertEquals(story + "\n\n" + story, ArticleText.extract(broken, null).text());
    }
}
