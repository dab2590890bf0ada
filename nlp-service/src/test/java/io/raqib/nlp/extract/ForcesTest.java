package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.schemas.Figure;

class ForcesTest {

    private final Extractor extractor = Extractor.bundled();

    /**
     * Whose men a figure counts decides whether they are fighters, troops or security personnel: the group after
     * the figure in its clause, or the force before it that sends or holds them, or whose size the count is; not a
     * group that only tells of them (قالت قسد، مسؤول في قسد).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ينشط نحو 20 ألف مقاتل من داعش في البادية                                   | 0 | FIGHTERS           | ISIS
            انتشر نحو 3 آلاف مقاتل من الحشد الشعبي على الحدود                          | 0 | TROOPS             | PMF
            ارتفع عدد عناصر الحشد المنتشرين على الحدود إلى نحو 3 آلاف مقاتل            | 0 | TROOPS             | PMF
            ارتفع عدد الحراس إلى نحو 800 عنصر من الأسايش، بعد أن كان لا يتجاوز خمسمئة   | 0 | SECURITY_PERSONNEL | Asayish
            ارتفع عدد الحراس إلى نحو 800 عنصر من الأسايش، بعد أن كان لا يتجاوز خمسمئة   | 1 | SECURITY_PERSONNEL | Asayish
            أعلنت قسد مقتل 5 مسلحين في ريف دير الزور                                   | 0 | CASUALTIES_KILLED  | -
            ينشط 200 مسلح في البادية. وأعلن الحشد الشعبي حالة الإنذار                   | 0 | FIGHTERS           | -
            تتولى الحراسة قوة من الأسايش لا يتجاوز عدد أفرادها 400 عنصر في المخيم         | 0 | SECURITY_PERSONNEL | Asayish
            إن ألوية الحشد، والتي يتراوح عدد مقاتليها بين 4 آلاف و4500 مقاتل، باقية      | 0 | TROOPS             | PMF
            وينتشر قرابة 12 ألف عنصر من قوات الحدود على الشريط الحدودي                  | 0 | TROOPS             | Iraqi Border Guard
            يمتلك التنظيم ما بين 2500 و3000 مقاتل في سوريا والعراق، فيما قدر مسؤول في جهاز المخابرات العراقي أن العدد أكبر | 0 | FIGHTERS | -
            دفعت قسد بنحو ألف مقاتل من وحداتها إلى جبهات ريف منبج                      | 0 | TROOPS             | SDF
            إن الحشد العشائري الذي يضم قرابة 40 ألف مقاتل يتولى مسك الأرض              | 0 | TROOPS             | Tribal Mobilization
            تستكمل بغداد تشكيل أربعة ألوية من الجيش العراقي والبيشمركة، يبلغ قوامها نحو 8 آلاف عنصر | 1 | TROOPS | Peshmerga
            دفعت قيادة الأسايش بأكثر من 300 عنصر إلى أحياء المدينة                     | 0 | SECURITY_PERSONNEL | Asayish
            قالت قسد في بيان إن عدد المهاجمين لم يتجاوز 15 عنصرا                        | 0 | FIGHTERS           | -
            وقال مسؤول في قسد إن المجموعة المؤلفة من 12 عنصرا كانت تنوي العبور          | 0 | FIGHTERS           | -
            ولا يزال نحو 6 آلاف مقاتل أجنبي محتجزين في سجون قسد                        | 0 | DETAINEES          | -
            """)
    void theGroupOfAFigureDecidesWhatItsMenAre(String text, int index, String category, String actor) {
        Figure figure = extractor.extract(text).figures().get(index);
        assertEquals(category, figure.getCategory().name(), figure.toString());
        assertEquals(actor, figure.getActor());
    }
}
