package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {

    private static ArabicNumbers.Reading read(String text) {
        List<Tokens.Token> tokens = Tokens.of(FoldedText.fold(text));
        return ArabicNumbers.read(tokens, 0, true);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5                       | 5
            ٥                       | 5
            ۵۰                      | 50
            2019                    | 2019
            1,500                   | 1500
            ١٬٥٠٠                   | 1500
            12,000,000              | 12000000
            2.5                     | 2.5
            ٢٫٥                     | 2.5
            2,5                     | 2.5
            20 ألف                  | 20000
            20 ألفا                 | 20000
            ٢٠ ألفاً                | 20000
            3 آلاف                  | 3000
            10 آلاف                 | 10000
            1.5 مليون               | 1500000
            ٣ ملايين                | 3000000
            2 مليار                 | 2000000000
            12.5 مليار              | 12500000000
            واحد                    | 1
            اثنان                   | 2
            اثنين                   | 2
            ثلاث                    | 3
            ثلاثة                   | 3
            أربعة                   | 4
            خمسة                    | 5
            ستة                     | 6
            سبعة                    | 7
            ثمانية                  | 8
            تسعة                    | 9
            عشرة                    | 10
            أحد عشر                 | 11
            اثنا عشر                | 12
            ثلاثة عشر               | 13
            خمسة عشر                | 15
            عشرون                   | 20
            عشرين                   | 20
            ثلاثين                  | 30
            خمسة وعشرون             | 25
            سبعة وثلاثين            | 37
            تسعة وتسعون             | 99
            مئة                     | 100
            مائة                    | 100
            مئتان                   | 200
            مائتي                   | 200
            ثلاثمئة                 | 300
            ثلاثمائة                | 300
            خمسمئة                  | 500
            ثلاث مئة                | 300
            مئة وخمسون              | 150
            ألف                     | 1000
            ألفان                   | 2000
            ألفين                   | 2000
            خمسة آلاف               | 5000
            عشرة آلاف               | 10000
            عشرين ألفا              | 20000
            خمسة وعشرون ألفا        | 25000
            مئة ألف                 | 100000
            ثلاثمئة ألف             | 300000
            مليون                   | 1000000
            مليونين                 | 2000000
            نصف مليون               | 500000
            مليون ونصف              | 1500000
            ربع مليون               | 250000
            مئتا مليون              | 200000000
            مليار                   | 1000000000
            ألف ومئتان              | 1200
            ألفان وخمسمئة           | 2500
            مليون ونصف مليون        | 1500000
            ملياران و200 مليون      | 2200000000
            ألفان و500              | 2500
            بثلاثة                  | 3
            وأربعة                  | 4
            لخمسة                   | 5
            """)
    void readsNumbersInDigitsAndWords(String text, double value) {
        ArabicNumbers.Reading reading = read(text);
        if (value == 0) {
            assertNull(reading, text);
            return;
        }
        assertEquals(value, reading.value(), 1e-6, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الجيش
            داعش
            نصفهم
            عشرات
            المئات
            الآلاف
            ألفية
            لست
            -
            1,5001,500
            3.3.2019
            ٣٫٣٫٢٠١٩
            """)
    void aWordThatIsNoNumberReadsAsNothing(String text) {
        assertNull(read(text), text);
    }

    @ParameterizedTest(name = "{0} stops at {1} tokens")
    @CsvSource(delimiter = '|', textBlock = """
            20 ألف مقاتل          | 2
            خمسة آلاف عنصر        | 2
            ثلاثة ثلاثة           | 1
            20 30                 | 1
            عشرون خمسة            | 1
            5 آلاف و7 آلاف        | 2
            ألفان و3000           | 1
            """)
    void stopsWhereTheNumberEnds(String text, int tokens) {
        assertEquals(tokens, read(text).to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            بين عشرة وعشرين | 1
            """)
    void withoutConjunctionsAndJoinsNothing(String text, int to) {
        List<Tokens.Token> tokens = Tokens.of(FoldedText.fold(text));
        assertEquals(10, ArabicNumbers.read(tokens, 1, false).value());
        assertEquals(2, ArabicNumbers.read(tokens, 1, false).to());
    }
}
