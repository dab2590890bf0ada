package io.raqib.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut says "ar" only where Lingua would say so too, and leaves every other text to Lingua. */
class PlainArabicTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void linguaAgreesWhereverTheShortcutFires() throws IOException {
        int fired = 0;
        for (String text : corpusTexts()) {
            String sample = LanguageDetector.opening(text);
            if (PlainArabic.is(sample)) {
                fired++;
                assertEquals("ar", DETECTOR.byLingua(sample, null), sample);
            }
        }
        assertTrue(fired > 250, "the shortcut fired on " + fired + " texts of the corpus");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Persian and Urdu: letters Arabic does not have
            "وزارت کشور اعلام کرد که مرزهای غربی کشور کاملاً امن است و نیروهای مرزبانی آماده هستند در منطقه",
            "وزارت داخلہ نے کہا کہ سرحد مکمل طور پر محفوظ ہے اور سیکیورٹی فورسز چوکس ہیں اور تیار ہیں",
            // Arabic with a Latin word: Lingua weighs the mix
            "قالت وزارة الداخلية إن الحدود مع سوريا مؤمنة بالكامل وإن طائرة F-16 حلقت فوق المنطقة",
            // too short to tell, and no letter Arabic alone writes
            "قال الوزير",
            "2024 - 05 - 01",
            "قال المتحدث باسم الوزير ان المسلحين فروا من السجن بعد منتصف الليل"})
    void leavesOtherTextsToLingua(String text) {
        assertFalse(PlainArabic.is(text));
    }

    @Test
    void takesPlainArabicWithDiacriticsDigitsAndPunctuation() {
        assertTrue(PlainArabic.is("أَعلنت وزارة الداخلية، يوم الأحد ١٢ أيار، فرار 12 سجيناً من سجن القلعة."));
    }

    /** Every paragraph and title of the dedup corpus, and every article whole. */
    private static List<String> corpusTexts() throws IOException {
        String corpus;
        try (InputStream in = PlainArabicTest.class.getResourceAsStream("/dedup/corpus.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> texts = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        for (String line : corpus.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                texts.add(article.toString());
                article.setLength(0);
                continue;
            }
            String text = line.startsWith("title: ") ? line.substring("title: ".length()) : line;
            if (!text.isBlank()) {
                texts.add(text);
                article.append(text).append('\n');
            }
        }
        texts.add(article.toString());
        return texts;
    }
}
