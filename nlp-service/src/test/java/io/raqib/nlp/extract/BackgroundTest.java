package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    private static final Background.Markers MARKERS = new Background.Markers(new PhraseGroup());

    private static final String TEXT = """
            أعلنت القوات الأمنية خلال عام 2026 اعتقال 40 مشتبهاً. وقالت إنهم نقلوا إلى بغداد.

            وسبق أن شهدت المنطقة عام 2019 معارك عنيفة.

            وكان السجن قد تعرض قبل ثلاث سنوات لهجوم.

            ويقع المخيم على بعد 20 كيلومتراً من الحدود.""";

    private static Background of(String text, int year) {
        FoldedText folded = FoldedText.of(text);
        return Background.of(folded, Sentences.of(folded), Paragraphs.of(text), year, MARKERS);
    }

    @Test
    void paragraphsEndAtABlankLine() {
        Paragraphs paragraphs = Paragraphs.of(TEXT);
        assertEquals(4, paragraphs.count());
        assertEquals(0, paragraphs.of(TEXT.indexOf("وقالت")));
        assertEquals(1, paragraphs.of(TEXT.indexOf("وسبق")));
        assertEquals(3, paragraphs.of(TEXT.indexOf("ويقع")));
        assertEquals(1, Paragraphs.of("سطر\nوسطر آخر في الفقرة ذاتها").count());
        assertEquals(2, Paragraphs.of("فقرة\n  \nوأخرى").count());
    }

    @Test
    void anEarlierYearOrARecallingPhraseMarksItsSentenceAndParagraph() {
        FoldedText folded = FoldedText.of(TEXT);
        Sentences sentences = Sentences.of(folded);
        Paragraphs paragraphs = Paragraphs.of(TEXT);
        Background background = Background.of(folded, sentences, paragraphs, 2026, MARKERS);
        assertFalse(background.sentence(sentences.of(TEXT.indexOf("2026"))), "the present year is news");
        assertFalse(background.paragraph(0));
        assertTrue(background.sentence(sentences.of(TEXT.indexOf("2019"))));
        assertTrue(background.paragraph(1));
        assertTrue(background.paragraph(2), "قبل ثلاث سنوات، كان … قد");
        assertFalse(background.paragraph(3));
    }

    @Test
    void withoutADateTheLatestYearNamedStandsForIt() {
        assertTrue(of(TEXT, 0).paragraph(1));
        assertFalse(of(TEXT, 0).paragraph(0));
        String onlyOldYears = "شهدت المنطقة عام 2019 معارك عنيفة.";
        assertFalse(of(onlyOldYears, 0).paragraph(0), "a story told in 2019 is news of 2019");
        assertTrue(of(onlyOldYears, 2026).paragraph(0));
    }
}
