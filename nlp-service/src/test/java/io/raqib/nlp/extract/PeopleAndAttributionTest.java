package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.schemas.Entity;
import io.raqib.schemas.EntityType;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

class PeopleAndAttributionTest {

    private final Extractor extractor = Extractor.bundled();

    private List<String> people(String text) {
        return extractor.extract(text).entities().stream().filter(e -> e.getType() == EntityType.PERSON)
                .map(Entity::getCanonical).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قال العميد سامر الدليمي إن القوات تقدمت                          | سامر الدليمي
            أكد الناطق باسم قوات سوريا الديمقراطية كاوا حسن أن السجن مؤمن      | كاوا حسن
            وقال القيادي في الحشد الشعبي، نوري العبيدي، إن الحدود مضبوطة      | نوري العبيدي
            صرح الكولونيل جيمس ولكر بأن التحالف مستمر                         | جيمس ولكر
            وأوضح الخبير الأمني عبد الله الجبوري أن الخلايا نشطة              | عبد الله الجبوري
            حذر المتحدث الرسمي باسم وزارة الداخلية العراقية خالد المحمداوي   | خالد المحمداوي
            وقال الباحث في شؤون الجماعات المسلحة حيدر الساعدي إن الخطر قائم  | حيدر الساعدي
            وقال حيدر الطائي إن الحدود مؤمنة                                  | حيدر الطائي
            وأعلن التنظيم مقتل أبو حفص الشامي في الغارة                       | أبو حفص الشامي
            """)
    void findsAPersonAfterATitle(String text, String name) {
        assertEquals(List.of(name), people(text));
    }

    @Test
    void aFamilyNameAloneLaterIsTheSamePerson() {
        String text = "قال العميد سامر الدليمي إن القوات تقدمت. وأضاف الدليمي أن العملية مستمرة.";
        List<Entity> found = extractor.extract(text).entities().stream()
                .filter(e -> e.getType() == EntityType.PERSON).toList();
        assertEquals(2, found.size());
        assertEquals("الدليمي", found.get(1).getText());
        assertEquals("سامر الدليمي", found.get(1).getCanonical());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت وزارة الدفاع العراقية أن 3 آلاف مقاتل ما زالوا في البادية
            القيادي في التنظيم هرب إلى سوريا
            لا يزال الوضع متوترا في الحسكة
            قال المسؤول لتأمين عملية التسليم
            وصل صباح الاثنين وفد أمني
            الآن الحدود مؤمنة بالكامل
            تحدث باسم القوات الأمنية ضابط رفيع
            """)
    void noTitleNoNameNoPerson(String text) {
        assertTrue(people(text).isEmpty(), people(text).toString());
    }

    @Test
    void aFigureIsAttributedToTheSpeakerOfItsSentenceAndTheNextSentenceGoesOnWithHim() {
        String text = "قال العميد سامر الدليمي إن نحو 5 آلاف مقاتل من داعش ينشطون في البادية. "
                + "وأضاف أن أكثر من 200 مسلح عبروا الحدود. وبحسب التحالف الدولي فإن عددهم لا يتجاوز 3 آلاف عنصر.";
        List<Figure> figures = extractor.extract(text).figures();
        assertEquals(3, figures.size(), figures.toString());
        assertEquals("سامر الدليمي", figures.get(0).getSource());
        assertEquals("ISIS", figures.get(0).getActor());
        assertEquals("سامر الدليمي", figures.get(1).getSource());
        assertEquals("Global Coalition", figures.get(2).getSource());
    }

    @Test
    void theGroupInsideTheQuoteIsNotTheSpeaker() {
        String text = "وقال مصدر أمني إن 4 آلاف من عناصر داعش يتحصنون في الصحراء.";
        Figure figure = extractor.extract(text).figures().get(0);
        assertEquals(null, figure.getSource());
        assertEquals("ISIS", figure.getActor());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نفى المتحدث وجود أي عمليات تسلل عبر الحدود       | border_infiltration
            لا توجد محاولات هروب السجناء حاليا              | prison_break
            في حال فرار السجناء ستكون العواقب خطيرة          | prison_break
            لم تسجل أي غارات جوية خلال الأسبوع              | airstrike
            """)
    void aDeniedOrSupposedEventIsNoTopic(String text, String topic) {
        List<String> topics = extractor.extract(text).topics().stream().map(TopicMatch::getId).toList();
        assertFalse(topics.contains(topic), topics.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            لا تزال محاولات التسلل مستمرة على الحدود         | border_infiltration
            نفى الجيش الشائعات، لكن عمليات التسلل مستمرة     | border_infiltration
            شنت الطائرات غارات جوية على مواقع التنظيم        | airstrike
            """)
    void anAssertedEventIsATopic(String text, String topic) {
        List<String> topics = extractor.extract(text).topics().stream().map(TopicMatch::getId).toList();
        assertTrue(topics.contains(topic), topics.toString());
    }
}
