package io.raqib.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
