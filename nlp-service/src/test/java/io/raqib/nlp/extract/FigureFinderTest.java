package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.raqib.schemas.Figure;

class FigureFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            قدر أعدادهم بـ 10 آلاف مقاتل                     | 10 آلاف مقاتل                     | 10000    | 10000    | false | FIGHTERS
            ما بين 20 إلى 30 ألفا من المقاتلين              | ما بين 20 إلى 30 ألفا من المقاتلين | 20000    | 30000    | false | FIGHTERS
            يضم المخيم نحو 56 ألف شخص                        | نحو 56 ألف شخص                     | 56000    | 56000    | true  | PEOPLE
            أكثر من 2000 معتقل في السجن                       | أكثر من 2000 معتقل                 | 2000     | -        | false | DETAINEES
            ما يصل إلى 500 جندي أمريكي                        | ما يصل إلى 500 جندي                | -        | 500      | false | TROOPS
            سقط ٢٥ قتيلا في الهجوم                            | ٢٥ قتيلا                           | 25       | 25       | false | CASUALTIES_KILLED
            أصيب 1,500 شخص                                     | 1,500 شخص                          | 1500     | 1500     | false | CASUALTIES_WOUNDED
            يعيش 1,500 شخص في المخيم                          | 1,500 شخص                          | 1500     | 1500     | false | PEOPLE
            رصدت 3 ملايين دولار لإعادة الإعمار               | 3 ملايين دولار                     | 3000000  | 3000000  | false | MONEY
            من 15 إلى 17 ألفاً من عناصر التنظيم              | من 15 إلى 17 ألفاً من عناصر        | 15000    | 17000    | false | FIGHTERS
            حوالي 2 مليون نازح                                 | حوالي 2 مليون نازح                 | 2000000  | 2000000  | true  | PEOPLE
            يضم السجن خمسة آلاف معتقل                          | خمسة آلاف معتقل                    | 5000     | 5000     | false | DETAINEES
            قدرهم بنحو عشرين ألف مقاتل                          | نحو عشرين ألف مقاتل                | 20000    | 20000    | true  | FIGHTERS
            أسفر الهجوم عن مقتل 12 جنديا                        | 12 جنديا                           | 12       | 12       | false | CASUALTIES_KILLED
            وأدى الانفجار إلى إصابة سبعة أشخاص                  | سبعة أشخاص                         | 7        | 7        | false | CASUALTIES_WOUNDED
            اعتقال 40 مشتبها بهم                                | 40 مشتبها                          | 40       | 40       | false | DETAINEES
            خصصت نصف مليون دولار                                | نصف مليون دولار                    | 500000   | 500000   | false | MONEY
            نشر زهاء ثلاثمئة جندي أمريكي                        | زهاء ثلاثمئة جندي                  | 300      | 300      | true  | TROOPS
            ما لا يقل عن 200 عنصر                               | ما لا يقل عن 200 عنصر              | 200      | -        | false | FIGHTERS
            لا يتجاوز عددهم 500 مقاتل                           | لا يتجاوز عددهم 500 مقاتل          | -        | 500      | false | FIGHTERS
            بين عشرة وعشرين ألف مقاتل                           | بين عشرة وعشرين ألف مقاتل          | 10000    | 20000    | false | FIGHTERS
            ضبطت 150 قذيفة هاون                                 | 150 قذيفة                          | 150      | 150      | false | WEAPONS
            تمتد على مساحة 40 كيلومترا مربعا                    | 40 كيلومترا مربعا                  | 40       | 40       | false | AREA
            فر 25 سجينا من السجن                                | 25 سجينا                           | 25       | 25       | false | DETAINEES
            يقبع في السجن أكثر من 5 آلاف مقاتل                  | أكثر من 5 آلاف مقاتل               | 5000     | -        | false | DETAINEES
            تجاوز عددهم 3 آلاف معتقل                            | تجاوز عددهم 3 آلاف معتقل           | 3000     | -        | false | DETAINEES
            وأصيب اثنان آخران بجروح                             | اثنان آخران                        | 2        | 2        | false | CASUALTIES_WOUNDED
            سجلت 17 هجوما خلال الشهر                            | 17 هجوما                           | 17       | 17       | false | OTHER
            أقل من ألفي جندي                                    | أقل من ألفي جندي                   | -        | 2000     | false | TROOPS
            """)
    void readsAFigure(String sentence, String text, Double low, Double high, boolean approximate, String category) {
        List<Figure> figures = FigureFinder.find(FoldedText.of(sentence));
        assertEquals(1, figures.size(), figures.toString());
        Figure figure = figures.get(0);
        assertEquals(text, figure.getText());
        assertEquals(text, sentence.substring(figure.getStart(), figure.getEnd()));
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(approximate, figure.getApproximate());
        assertEquals(category, figure.getCategory().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            يحتجز المئات من عناصر التنظيم          | المئات من عناصر              | 100    | 999    | FIGHTERS
            نزح عشرات الآلاف من المدنيين            | عشرات الآلاف من المدنيين     | 10000  | 99999  | PEOPLE
            تسلل عشرات المسلحين                     | عشرات المسلحين               | 10     | 99     | FIGHTERS
            يقدر عددهم بالآلاف من المقاتلين         | بالآلاف من المقاتلين         | 1000   | 9999   | FIGHTERS
            هناك عدة مئات من المعتقلين              | عدة مئات من المعتقلين        | 200    | 999    | DETAINEES
            """)
    void readsAVagueQuantity(String sentence, String text, Double low, Double high, String category) {
        List<Figure> figures = FigureFinder.find(FoldedText.of(sentence));
        assertEquals(1, figures.size(), figures.toString());
        Figure figure = figures.get(0);
        assertEquals(text, figure.getText());
        assertTrue(figure.getVague());
        assertEquals(low, figure.getLow());
        assertEquals(high, figure.getHigh());
        assertEquals(category, figure.getCategory().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            في عام 2019 تراجع التنظيم
            خلال ثلاث سنوات من القتال
            منذ 5 أيام
            في 3 آذار الماضي
            بلغت النسبة 40 في المئة
            وصلت قوات اللواء 57 إلى المنطقة
            أحد القياديين في التنظيم
            وصلت قوات الفرقة 14 إلى المدينة
            ارتفعت النسبة إلى 40 بالمئة
            صدر العدد 5123 من الصحيفة
            """)
    void aYearAUnitOrAPercentageIsNoFigure(String sentence) {
        assertTrue(FigureFinder.find(FoldedText.of(sentence)).isEmpty(), sentence);
    }
}
