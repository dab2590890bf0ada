package io.raqib.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            قالت وزارة الداخلية إن الحدود مع سوريا مؤمنة بالكامل وإن قوات حرس الحدود أحبطت محاولة تسلل ليلية | ar
            وأكد المتحدث أن العملية أسفرت عن اعتقال عدد من المطلوبين في ريف كركوك                       | ar
            وزارت کشور اعلام کرد که مرزهای غربی کشور کاملاً امن است و نیروهای مرزبانی آماده هستند          | fa
            وزارت داخلہ نے کہا کہ سرحد مکمل طور پر محفوظ ہے اور سیکیورٹی فورسز چوکس ہیں                    | ur
            The interior ministry said the border with Syria is fully secured after an overnight attempt  | en
            Le ministère de l'Intérieur a déclaré que la frontière avec la Syrie était entièrement sécurisée | fr
            İçişleri bakanlığı Suriye sınırının tamamen güvenli olduğunu açıkladı                          | tr
            """)
    void labelsTheLanguageOfTheText(String text, String language) {
        assertEquals(language, DETECTOR.detect(text, null));
    }

    @ParameterizedTest(name = "{0} with hint {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2024 - 05 - 01 | ar   | ar
            2024 - 05 - 01 | null | und
            ...            | ' '  | und
            """)
    void fallsBackOnTheSourcesHintWhenTheTextDoesNotTell(String text, String hint, String language) {
        assertEquals(language, DETECTOR.detect(text, hint));
    }

    /** Arabic sentences, about 100 characters each. */
    private static final String ARABIC = "قالت وزارة الداخلية إن الحدود مع سوريا مؤمنة بالكامل وإن قوات حرس الحدود "
            + "أحبطت محاولة تسلل ليلية. ";
    private static final String ENGLISH = "The interior ministry said the border with Syria is fully secured after "
            + "an overnight attempt was foiled. ";

    @Test
    void aLongArticleIsLabelledFromItsOpening() {
        // An Arabic report that quotes a long English statement further down: its language is its opening's. Read
        // whole (or 2,000 characters of it), the English would outweigh the Arabic.
        String article = ARABIC.repeat(7) + ENGLISH.repeat(60);
        assertEquals("ar", DETECTOR.detect(article, null));
        assertEquals("ar", DETECTOR.byLingua(LanguageDetector.opening(article), null));
        assertEquals("ar", DETECTOR.detect("الحدود مع سوريا", article, null));
        assertEquals("en", DETECTOR.detect(ENGLISH.repeat(7) + ARABIC.repeat(60), null));
    }

    @Test
    void theOpeningEndsOnAWordBoundary() {
        String article = ARABIC.repeat(30);
        String opening = LanguageDetector.opening(article);
        assertTrue(opening.length() <= LanguageDetector.SAMPLE_CHARS, opening.length() + " characters");
        assertTrue(opening.length() > LanguageDetector.SAMPLE_CHARS - 20, opening.length() + " characters");
        assertTrue(article.startsWith(opening));
        assertTrue(Character.isWhitespace(article.charAt(opening.length())), "cut inside a word");
        String shortText = ARABIC.repeat(2);
        assertEquals(shortText, LanguageDetector.opening(shortText));
        String noSpaces = "\uD83D\uDE00".repeat(LanguageDetector.SAMPLE_CHARS);
        assertTrue(Character.isHighSurrogate(LanguageDetector.opening(noSpaces).charAt(0)));
        assertTrue(Character.isLowSurrogate(noSpaces.charAt(LanguageDetector.opening(noSpaces).length() - 1)),
                "cut inside a surrogate pair");
    }
}
