package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static io.raqib.ingest.dates.DateFixtures.FETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Feed first, then metadata, then text; nothing more than two days after the fetch (5 March 2019, 12:00Z). */
class BestDateTest {

    private static final String ARTICLE = "بغداد - الأحد 3 آذار 2019: أعلنت قيادة العمليات المشتركة...";

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("the feed wins when it is usable",
                        "Mon, 04 Mar 2019 09:00:00 GMT", List.of("2019-03-03T08:00:00+03:00"), ARTICLE,
                        PublicationDate.Source.FEED, "2019-03-04T09:00:00Z"),
                Arguments.of("a feed date one day ahead is within tolerance",
                        "Wed, 06 Mar 2019 09:00:00 GMT", List.of("2019-03-03T08:00:00+03:00"), ARTICLE,
                        PublicationDate.Source.FEED, "2019-03-06T09:00:00Z"),
                Arguments.of("a feed date far in the future falls to metadata",
                        "Sun, 10 Mar 2019 09:00:00 GMT", List.of("2019-03-03T08:00:00+03:00"), ARTICLE,
                        PublicationDate.Source.METADATA, "2019-03-03T05:00:00Z"),
                Arguments.of("unreadable and placeholder metadata values are skipped",
                        null, Arrays.asList(null, "", "0001-01-01T00:00:00Z", "2019-03-02 20:00"), ARTICLE,
                        PublicationDate.Source.METADATA, "2019-03-02T17:00:00Z"),
                Arguments.of("future metadata falls to the text",
                        "garbage", List.of("2020-01-01T00:00:00Z"), ARTICLE,
                        PublicationDate.Source.TEXT, "2019-03-02T21:00:00Z"),
                Arguments.of("only the text has a date, and it is relative",
                        "", List.of(), "قبل ساعتين - أعلنت الشرطة...",
                        PublicationDate.Source.RELATIVE, "2019-03-05T10:00:00Z"),
                Arguments.of("null metadata list",
                        null, null, ARTICLE, PublicationDate.Source.TEXT, "2019-03-02T21:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void picksTheMostTrustworthySource(String why, String feed, List<String> metadata, String text,
            PublicationDate.Source expectedSource, String expectedInstant) {
        PublicationDate date = DATES.best(feed, metadata, text, FETCHED, BAGHDAD).orElseThrow();

        assertEquals(expectedSource, date.source(), why);
        assertEquals(Instant.parse(expectedInstant), date.instant(), why);
    }

    @Test
    void nothingAnywhereIsNoDate() {
        assertEquals(Optional.empty(), DATES.best(null, List.of("n/a"), "بلا تاريخ", FETCHED, BAGHDAD));
        assertEquals(Optional.empty(), DATES.best("Sun, 10 Mar 2019 09:00:00 GMT", List.of(),
                "سيعقد المؤتمر في 20 آذار 2019", FETCHED, BAGHDAD));
    }
}
