package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            إسلامية        | اسلاميه
            أُمِّيّة         | اميه
            مستشفى         | مستشفي
            مسؤول          | مسوول
            هيئة           | هييه
            الــــدولة     | الدوله
            ٢٠ ألفاً        | 20 الفا
            ۳۰۰            | 300
            ISIS           | isis
            """)
    void foldsSpellingVariants(String written, String folded) {
        assertEquals(folded, FoldedText.fold(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قال الــــمسؤولُ إنّ | المسوول
            """)
    void mapsFoldedSpansBackToTheOriginal(String original, String foldedWord) {
        FoldedText text = FoldedText.of(original);
        int foldedStart = text.text().indexOf(foldedWord);
        int start = text.start(foldedStart);
        int end = text.end(foldedStart + foldedWord.length());
        assertEquals("الــــمسؤولُ".replace("ُ", ""), original.substring(start, end));
    }
}
