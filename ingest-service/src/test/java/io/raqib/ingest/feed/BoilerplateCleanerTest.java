package io.raqib.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

class BoilerplateCleanerTest {

    static Stream<Arguments> cleaning() {
        return Stream.of(
                Arguments.of("NFC: alef + hamza above composes", "\u0627\u0654\u0645\u0646", "\u0623\u0645\u0646"),
                Arguments.of("presentation forms become letters", "\uFEDF\uFEE8\uFE8E", "لنا"),
                Arguments.of("harakat stay", "قُتِلَ ثلاثةٌ", "قُتِلَ ثلاثةٌ"),
                Arguments.of("tatweel between letters goes", "الـــقـــدس والمخــيم", "القدس والمخيم"),
                Arguments.of("tatweel after a haraka goes", "بَـــعد", "بَعد"),
                Arguments.of("tatweel before a number stays", "الـ15 عاماً", "الـ15 عاماً"),
                Arguments.of("tatweel after a number stays", "1445ـ", "1445ـ"),
                Arguments.of("tatweel as a dash stays", "دمشق ـ أعلنت", "دمشق ـ أعلنت"),
                Arguments.of("Arabic-Indic digits stay", "نحو ٤٥ ألفاً", "نحو ٤٥ ألفاً"),
                Arguments.of("zero-width and bidi marks go", "هوا\u200Bتف \u200Fفضائية\u200E \u202Bنص\u202C \u2066x\u2069",
                        "هواتف فضائية نص x"),
                Arguments.of("BOM and soft hyphen go", "\uFEFFنص\u00AD", "نص"),
                Arguments.of("control characters go, tabs are spaces", "a\u0007b\tc\u001Bd", "ab cd"),
                Arguments.of("emoji and their modifiers go", "🔴 عاجل: 📌مقتل 👍🏽 ثلاثة ❤️ أشخاص 👨‍👩‍👧",
                        "عاجل: مقتل ثلاثة أشخاص"),
                Arguments.of("arrows, bullets, shapes and stars go", "تابع ← • الخبر ★ ■ ▶ الكامل", "تابع الخبر الكامل"),
                Arguments.of("degree and numero signs stay", "31° № 5", "31° № 5"),
                Arguments.of("private-use icon-font glyphs go", "\uF09A فيسبوك", "فيسبوك"),
                Arguments.of("spaces fold, lines trim", "  أعلنت   الوزارة\u00A0\u2003 اليوم  \n  ثم  ", "أعلنت الوزارة اليوم\nثم"),
                Arguments.of("paragraph breaks are one blank line", "أ\r\n\r\n\r\n  \nب\r\nج\u2029د", "أ\n\nب\nج\n\nد"),
                Arguments.of("Latin text is untouched", "ISIS cell, 3 arrested.", "ISIS cell, 3 arrested."),
                Arguments.of("quotes and Arabic punctuation stay", "قال: «الحدود آمنة»؛ وأضاف، ثم سأل؟",
                        "قال: «الحدود آمنة»؛ وأضاف، ثم سأل؟"),
                Arguments.of("null is empty", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleaning")
    void cleans(String name, String input, String expected) {
        assertEquals(expected, BoilerplateCleaner.clean(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = ";;", textBlock = """
            شارك هذا الخبر:                                         ;; true
            Facebook Twitter WhatsApp Telegram                      ;; true
            مشاركة: فيسبوك تويتر واتساب                             ;; true
            تابعونا على تلغرام                                       ;; true
            تابعوا آخر الأخبار على قناتنا في تيليجرام                ;; true
            اقرأ أيضاً: مقتل حارسين في هجوم على سجن الصفصاف        ;; true
            إقرأ ايضا                                                ;; true
            أخبار ذات صلة                                            ;; true
            المزيد من الأخبار                                        ;; true
            الأكثر قراءة                                             ;; true
            جميع الحقوق محفوظة لبوابة المساء 2024                    ;; true
            © 2024 Raqib News                                        ;; true
            بواسطة محرر الموقع                                       ;; true
            كتب: سامر الحلبي                                         ;; true
            بقلم ليلى منصور                                          ;; true
            العدد 4512 - صفحة 7                                      ;; true
            العدد ١٢٣٤                                               ;; true
            الصفحة 5                                                 ;; true
            الإثنين 3 حزيران 2024 - 09:15                            ;; true
            12 مايو، 2024                                            ;; true
            الأحد 12/05/2024 الساعة 10:30 ص                          ;; true
            عدد المشاهدات: 2431                                      ;; true
            الوسوم: الحدود، التسلل                                   ;; true
            التعليقات (2)                                            ;; true
            اترك تعليقاً                                             ;; true
            إعلان                                                    ;; true
            تاريخ النشر: 2024-05-12                                  ;; true
            ☰                                                        ;; true
            وتبنى التنظيم عبر معرفات تابعة له على تطبيق تلغرام مسؤولية عدد من تلك الحوادث ;; false
            وقالت الوزارة في منشور على فيسبوك إن الحدود مؤمنة بالكامل ;; false
            ارتفع عدد القتلى إلى 12 شخصاً بعد الهجوم                 ;; false
            اشترك في الهجوم 12 مسلحاً                                ;; false
            تحرير 5 رهائن                                            ;; false
            إعلان حالة الطوارئ في المدينة بعد فرار السجناء           ;; false
            تشديد الإجراءات على الحدود                               ;; false
            رمضان                                                    ;; false
            إعلان حالة الطوارئ                                       ;; false
            تعليقات المسؤولين على الحادث                             ;; false
            وبلغ العدد 150 شخصاً حتى مساء اليوم                      ;; false
            صحيفة الوادي - العدد 1234                                ;; true
            Comments (14)                                            ;; true
            أضف تعليقك                                               ;; true
            أعلنت السلطات في 12 أيار 2024 اعتقال خمسة أشخاص          ;; false
            """)
    void judgesParagraphs(String paragraph, boolean boilerplate) {
        assertEquals(boilerplate, BoilerplateCleaner.isBoilerplate(paragraph), paragraph);
    }

    @org.junit.jupiter.api.Test
    void removeBoilerplateDropsLinesAndKeepsParagraphs() {
        String text = "العدد 4512 - صفحة 7\n\nأحبطت القوات محاولة تسلل.\nشارك الخبر\n\nوقال المصدر إن المتسللين فروا.\n\n"
                + "جميع الحقوق محفوظة";
        assertEquals("أحبطت القوات محاولة تسلل.\n\nوقال المصدر إن المتسللين فروا.",
                BoilerplateCleaner.removeBoilerplate(text));
    }
}
