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
        assertTrue(topics("وتنشر الولايات المتحدة نحو 900 جندي في المنطقة وسط أنباء عن انسحاب قريب")
                .contains("troop_deployment"));
        assertFalse(topics("وتنشر الولايات المتحدة نحو 900 جندي في المنطقة").contains("troop_deployment"),
                "one figure alone is one passing mention");
        assertFalse(topics("قتل 4 جنود في هجوم وسط أنباء عن انسحاب قريب").contains("troop_deployment"),
                "the killed are casualties, not troops deployed");
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
}
