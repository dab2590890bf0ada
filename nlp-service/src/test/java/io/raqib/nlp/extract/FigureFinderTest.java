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
            أصيب 1,500 شخص                                     | 1,500 شخص                          | 1500     | 1500     | false | PEOPLE
            رصدت 3 ملايين دولار لإعادة الإعمار               | 3 ملايين دولار                     | 3000000  | 3000000  | false | MONEY
            من 15 إلى 17 ألفاً من عناصر التنظيم              | من 15 إلى 17 ألفاً من عناصر        | 15000    | 17000    | false | FIGHTERS
            حوالي 2 مليون نازح                                 | حوالي 2 مليون نازح                 | 2000000  | 2000000  | true  | PEOPLE
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
    @CsvSource(delimiter = '|', textBlock = """
            في عام 2019 تراجع التنظيم
            وصلت قوات الفرقة 14 إلى المدينة
            ارتفعت النسبة إلى 40 بالمئة
            صدر العدد 5123 من الصحيفة
            """)
    void aYearAUnitOrAPercentageIsNoFigure(String sentence) {
        assertTrue(FigureFinder.find(FoldedText.of(sentence)).isEmpty(), sentence);
    }
}
