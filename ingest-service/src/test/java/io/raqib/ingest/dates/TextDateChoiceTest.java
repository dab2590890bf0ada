package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static io.raqib.ingest.dates.DateFixtures.FETCHED;
import static io.raqib.ingest.dates.DateFixtures.baghdad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which of several date-looking strings in an article is its publication date. */
class TextDateChoiceTest {

    /** Enough words to push what follows past the head of the article. */
    private static final String LONG_LEAD = "وأفادت مصادر أمنية بأن القوات انتشرت في الأحياء الشرقية للمدينة. ".repeat(6);

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("the dateline comes before the event date",
                        "بغداد - الأحد 3 آذار 2019: أعلنت السلطات اعتقال منفذي هجوم 1 كانون الثاني 2019.",
                        "الأحد 3 آذار 2019", PublicationDate.Source.TEXT),
                Arguments.of("a date inside a sentence is still a candidate",
                        "قالت الشرطة إن الهجوم الذي وقع في 28 شباط 2019 أسفر عن مقتل ثلاثة.",
                        "28 شباط 2019", PublicationDate.Source.TEXT),
                Arguments.of("a calendar date beats a bare day word that is a name",
                        "روسيا اليوم - 3 آذار 2019 - قالت وزارة الدفاع إن...",
                        "3 آذار 2019", PublicationDate.Source.TEXT),
                Arguments.of("an explicit relative byline that comes first wins",
                        "منذ 3 ساعات | أكدت الشرطة أن الهجوم وقع في 1 آذار 2019.",
                        "منذ 3 ساعات", PublicationDate.Source.RELATIVE),
                Arguments.of("a bare day word is used when nothing better is near the top",
                        "أعلنت وزارة الداخلية اليوم الثلاثاء ضبط شحنة أسلحة.",
                        "اليوم", PublicationDate.Source.RELATIVE),
                Arguments.of("an impossible first date is skipped",
                        "31 شباط 2019 ثم 1 آذار 2019", "1 آذار 2019", PublicationDate.Source.TEXT),
                Arguments.of("a future event is skipped for the dateline after it",
                        "الانتخابات المقررة في 12 أيار 2019 - نشر في 1 آذار 2019", "1 آذار 2019",
                        PublicationDate.Source.TEXT),
                Arguments.of("with nothing at the top, a calendar date further down is the best guess",
                        LONG_LEAD + "وكان الهجوم قد وقع في 2 آذار 2019.", "2 آذار 2019",
                        PublicationDate.Source.TEXT),
                Arguments.of("a relative phrase further down is narrative, a later calendar date is used",
                        LONG_LEAD + "وقعت المعركة قبل يومين. وفي 1 آذار 2019 انسحبت القوات.", "1 آذار 2019",
                        PublicationDate.Source.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void choosesTheDateline(String why, String text, String expectedMatch, PublicationDate.Source source) {
        PublicationDate date = DATES.fromText(text, FETCHED, BAGHDAD).orElseThrow();

        assertEquals(expectedMatch, date.matchedText(), why);
        assertEquals(source, date.source(), why);
        assertEquals(text.substring(date.start(), date.end()), date.matchedText());
    }

    @Test
    void aRelativePhraseFarDownIsNoDateline() {
        assertEquals(Optional.empty(), DATES.fromText(LONG_LEAD + "وقعت المعركة قبل يومين.", FETCHED, BAGHDAD));
    }

    @Test
    void spansPointIntoTheOriginalTextDespiteDiacriticsAndTatweel() {
        String text = "نُشِرَ في: الأحـــد ٣ آذارَ ٢٠١٩ الساعةَ ١٠:٣٠ مساءً، بغداد";
        PublicationDate date = DATES.fromText(text, FETCHED, BAGHDAD).orElseThrow();

        assertEquals("الأحـــد ٣ آذارَ ٢٠١٩ الساعةَ ١٠:٣٠ مساءً", date.matchedText());
        assertEquals(text.indexOf("الأحـــد"), date.start());
        assertEquals(text.indexOf("، بغداد"), date.end());
        assertEquals(baghdad("2019-03-03T22:30"), date.instant());
    }

    @Test
    void theFirstDateInTheHeadWinsEvenNearItsEnd() {
        String text = "أ".repeat(TextDateFinder.HEAD_CHARS - 20) + " 3 آذار 2019 و 4 آذار 2019";
        PublicationDate date = DATES.fromText(text, FETCHED, BAGHDAD).orElseThrow();

        assertEquals("3 آذار 2019", date.matchedText());
        assertTrue(date.start() < TextDateFinder.HEAD_CHARS);
    }
}
