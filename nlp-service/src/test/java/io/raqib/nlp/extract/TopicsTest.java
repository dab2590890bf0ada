package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.schemas.TopicMatch;

class TopicsTest {

    private final Extractor extractor = Extractor.bundled();

    private List<String> topics(String text) {
        return extractor.extract(text).topics().stream().map(TopicMatch::getId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ضبطت القوة بحوزة المعتقلين 3 أحزمة ناسفة وبنادق                      | bombing
            وعثرت على مضافة للتنظيم تحتوي على 15 عبوة ناسفة معدة للتفجير         | bombing
            بعد ضبط سيارة مفخخة عند أحد مداخل العاصمة                             | bombing
            فكك خبراء المتفجرات عبوات ناسفة زرعت على الطريق                       | bombing
            عثرت على 17 نفقا، إضافة إلى 60 عبوة ناسفة جرى تفجيرها تحت السيطرة      | bombing
            كانوا يعتزمون مهاجمة البوابة الرئيسية بسيارة مفخخة                    | bombing
            شملت التعزيزات طائرات مسيرة للاستطلاع                                 | airstrike
            ضبطت ورشة لتصنيع العبوات الناسفة                                      | bombing
            """)
    void aPhraseTakenBackByAWordOfItsClauseIsNoTopic(String text, String topic) {
        assertFalse(topics(text).contains(topic), topics(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم                           | bombing
            ضبطت القوات أسلحة في المنزل، وبعد ساعات انفجرت سيارة مفخخة قرب الحاجز       | bombing
            قصفت طائرات مسيرة مواقع التنظيم بعد رصدها بطائرات الاستطلاع                  | airstrike
            """)
    void aPhraseOutsideTheClauseOfSuchAWordStillCounts(String text, String topic) {
        assertTrue(topics(text).contains(topic), topics(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            حذر التقرير من احتمال أن يستعيد التنظيم عافيته إذا تراجع الدعم                                 | resurgence
            إن أي انسحاب مفاجئ قد يؤدي إلى هروب جماعي للسجناء                                             | prison_break
            نفى المتحدث باسم القائد العام للقوات المسلحة، اللواء يحيى الزبيدي، الأحد، ما وصفها بـ"المبالغات" بشأن عودة التنظيم | resurgence
            قال إن الحديث عن عودة التنظيم إلى المدن لا أساس له                                             | resurgence
            إذا انسحب الأمريكيون من المنطقة، فقد نشهد هروبا جماعيا من السجون                                | prison_break
            """)
    void aSupposedOrDeniedEventIsNoTopic(String text, String topic) {
        assertFalse(topics(text).contains(topic), topics(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقد تمكنوا من الفرار من السجن ليلا                 | prison_break
            وكان التنظيم قد نفذ تفجيرات بسيارات مفخخة           | bombing
            """)
    void aPastEventWithQadStillCounts(String text, String topic) {
        assertTrue(topics(text).contains(topic), topics(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نفذت القوات عمليات تمشيط واسعة في الوادي                   | ground_operation
            أكد أن الخلية تلقت تمويلاً شهرياً عبر حوالات                 | financing
            """)
    void aPluralInAtAndTheAccusativeAlefFindTheirPhrase(String text, String topic) {
        assertTrue(topics(text).contains(topic), topics(text).toString());
    }

    @Test
    void aPhraseInsideAnOrganisationsNameIsNoMentionButInsideAPlacesNameItIs() {
        assertFalse(topics("قال نائب قائد العمليات المشتركة إن قيادة العمليات المشتركة تتابع الوضع")
                .contains("ground_operation"));
        assertTrue(topics("عادت عائلات من مخيم الهول").contains("detention"));
    }

    @Test
    void aCountOfTroopsIsOneMentionOfTheirDeployment() {
        assertEquals(List.of("نحو 900 جندي", "انسحاب"),
                evidence("وتنشر الولايات المتحدة نحو 900 جندي في المنطقة وسط أنباء عن انسحاب قريب", "troop_deployment"));
        assertEquals(List.of("انسحاب"), evidence("قتل 4 جنود في هجوم وسط أنباء عن انسحاب قريب", "troop_deployment"),
                "the killed are casualties, not troops deployed");
    }

    @Test
    void aPartOfAGroupAfterBeinahumIsNoMoreEvidenceThanTheGroup() {
        List<String> found = evidence("اعتقلت القوات سبعة مشتبهين بينهم امرأتان في حي الزهراء", "detention");
        assertTrue(found.contains("سبعة مشتبهين"), found.toString());
        assertFalse(found.contains("امرأتان"), found.toString());
    }

    private List<String> evidence(String text, String topic) {
        return extractor.extract(text).topics().stream().filter(t -> t.getId().equals(topic))
                .flatMap(t -> t.getEvidence().stream()).map(e -> e.getText()).toList();
    }

    @Test
    void theTaxonomyTakesDisqualifiersAndCountedCategoriesInOptionalColumns() {
        var extractor = new Extractor(List.of(), List.of(
                "bombing\tعبوة ناسفة\tضبط",
                "troop_deployment\tانسحاب\t\tTROOPS",
                "airstrike\tغارة جوية"));
        var found = extractor.extract("ضبط عبوة ناسفة. وأعلن انسحاب 500 جندي بعد غارة جوية").topics().stream()
                .map(TopicMatch::getId).toList();
        assertEquals(List.of("troop_deployment", "airstrike"), found);
        assertThrows(IllegalArgumentException.class, () -> new Extractor(List.of(), List.of("a\tb\tc\tNOT_A_CATEGORY")));
        assertThrows(IllegalArgumentException.class, () -> new Extractor(List.of(), List.of("a\tb\tc\tOTHER\te")));
    }

    /** An arrest reported in the lede, and the strikes of years ago the last paragraph recalls. */
    private static final String ARRESTS_WITH_A_PAST = """
            أعلنت خلية الإعلام الأمني اعتقال 12 مشتبهاً بالانتماء إلى داعش في عملية دهم نفذتها القوات الأمنية فجر \
            اليوم في قضاء الحويجة.

            وأضافت الخلية أن المعتقلين نقلوا إلى مقر الاستخبارات للتحقيق معهم، وأن بينهم اثنين من المسؤولين عن نقل \
            الأسلحة.

            وشهد القضاء عام 2017 غارات جوية مكثفة لطيران التحالف قبل استعادته من التنظيم بعد معارك استمرت أسابيع.""";

    @Test
    void aTopicRecalledOnlyInAParagraphOfAnEarlierYearIsBackgroundNotNews() {
        List<String> news = extractor.extract("", ARRESTS_WITH_A_PAST, 2026).topics().stream()
                .map(TopicMatch::getId).toList();
        assertTrue(news.containsAll(List.of("detention", "ground_operation")), news.toString());
        assertFalse(news.contains("airstrike"), news.toString());
    }

    @Test
    void withoutADateTheLatestYearNamedIsThePresent() {
        // Nothing tells this text's 2017 from its present: the strikes count, as they would in a story of 2017.
        assertTrue(topics(ARRESTS_WITH_A_PAST).contains("airstrike"));
        assertFalse(topics(ARRESTS_WITH_A_PAST.replace("الحويجة.", "الحويجة خلال عام 2026."))
                .contains("airstrike"));
    }

    @Test
    void aRecallingPhraseMarksThePastWithoutAYear() {
        String text = """
                شنت طائرات التحالف غارات جوية على مواقع للتنظيم في وادي الشاي فجر اليوم، وقالت قيادة العمليات إن \
                الغارات دمرت ثلاثة أوكار.

                وكانت القوات الأمنية قد اعتقلت قبل عامين عشرات المشتبهين في المنطقة ذاتها.""";
        assertEquals(List.of("airstrike"), topics(text));
    }

    @Test
    void theTitleSaysWhatTheArticleIsAbout() {
        String text = """
                قالت مصادر محلية إن الأهالي يخشون تكرار الهجمات على القرى الحدودية.

                وأضافت المصادر أن القوات نفذت عملية تمشيط في المنطقة.""";
        var withTitle = extractor.extract("عملية تمشيط واسعة قرب الحدود", text, 2026).topics().stream()
                .filter(t -> t.getId().equals("ground_operation")).findFirst().orElseThrow();
        var without = extractor.topicModel().probability("ground_operation",
                extractor.topicFeatures("", text, 2026).get("ground_operation"));
        assertTrue(withTitle.getScore() > without, withTitle.getScore() + " vs " + without);
    }
}
