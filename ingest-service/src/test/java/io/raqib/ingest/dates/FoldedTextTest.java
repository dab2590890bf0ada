package io.raqib.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ٠١٢٣٤٥٦٧٨٩          | 0123456789
            ۰۱۲۳۴۵۶۷۸۹          | 0123456789
            أإآٱا               | ااااا
            يونيه يونيو         | يونيه يونيو
            مَارِسُ               | مارس
            الأحـــد             | الاحد
            دقائق مسؤول الجمعة  | دقايق مسوول الجمعه
            ثوانٍ مساءً            | ثوان مساء
            March MAR           | march mar
            """)
    void foldsTheWaysOneWordIsTyped(String text, String folded) {
        assertEquals(folded, FoldedText.fold(text));
    }

    @Test
    void mapsFoldedSpansBackToTheOriginal() {
        String original = "x مَسَاءً y";
        FoldedText text = FoldedText.of(original);
        int start = text.folded().indexOf("مساء");
        int end = start + "مساء".length();

        assertEquals("مَسَاءً", text.originalText(start, end));
        assertEquals(original.indexOf('y') - 1, text.originalEnd(end));
    }
}
