package io.raqib.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

    private final PhraseMatcher<String> places = new PhraseMatcher<>(
            Map.of("العراق", "Iraq", "دير الزور", "Deir ez-Zor", "مخيم الهول", "Al-Hol camp", "الهول", "Al-Hol camp"),
            false);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصلت التعزيزات إلى العراق أمس         | العراق         | Iraq
            وبالعراق تتواصل العمليات               | وبالعراق       | Iraq
            قدم الدعم للعراق                      | للعراق         | Iraq
            فالعراق يواجه تحديا                    | فالعراق        | Iraq
            اشتباكات في ريف دير   الزور الشرقي     | دير   الزور    | Deir ez-Zor
            عائلات من مخيم الهول                  | مخيم الهول     | Al-Hol camp
            """)
    void findsAPhraseWithItsClitics(String text, String found, String value) {
        var matches = places.find(FoldedText.of(text));
        assertEquals(1, matches.size(), matches.toString());
        var match = matches.get(0);
        assertEquals(value, match.value());
        assertEquals(found, text.substring(match.start(), match.end()));
    }

    @Test
    void neverMatchesInsideAnotherWord() {
        assertTrue(places.find(FoldedText.of("العراقيون والعراقية")).isEmpty());
    }

    @Test
    void aPhraseWrittenWithTheArticleNeedsIt() {
        var isis = new PhraseMatcher<>(Map.of("التنظيم", "ISIS"), false);
        assertTrue(isis.find(FoldedText.of("يسعى لتنظيم صفوفه وإعادة تنظيم خلاياه")).isEmpty());
        assertEquals(2, isis.find(FoldedText.of("عناصر التنظيم وللتنظيم")).size());
    }

    @Test
    void aPhraseWrittenWithoutTheArticleTakesItAndTheContraction() {
        var topics = new PhraseMatcher<>(Map.of("تسلل", "border_infiltration"), false);
        assertEquals(3, topics.find(FoldedText.of("تسلل والتسلل للتسلل")).size());
    }

    @Test
    void allowsSuffixesWhereAsked() {
        var topics = new PhraseMatcher<>(Map.of("تفجير", "bombing"), true);
        var match = topics.find(FoldedText.of("وقعت التفجيرات صباحا")).get(0);
        assertEquals("التفجيرات", "وقعت التفجيرات صباحا".substring(match.start(), match.end()));
    }
}
