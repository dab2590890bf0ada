package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # RSS pubDate, RFC 822/1123 and the ways feeds break it
            Sun, 3 Mar 2019 08:00:00 +0300            | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 05:00:00 GMT             | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 05:00:00 UT              | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 08:00 +0300              | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 19 05:00:00 GMT               | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 96 05:00:00 GMT               | 1996-03-03T05:00:00Z | false
            sun, 03 mar 2019 05:00:00 gmt             | 2019-03-03T05:00:00Z | false
            SUN, 03 MAR 2019 05:00:00 GMT             | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 08:00:00 AST             | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 00:00:00 EST             | 2019-03-03T05:00:00Z | false
            Sunday, 03 March 2019 08:00:00 +03:00     | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 08:00:00 +0300 (AST)     | 2019-03-03T05:00:00Z | false
            Sun,3 Mar 2019 8:00:00 GMT+3              | 2019-03-03T05:00:00Z | false
            03 Mar 2019 05:00:00 Z                    | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019 08:00:00                 | 2019-03-03T05:00:00Z | false
            Sun, 03 Mar 2019                          | 2019-03-02T21:00:00Z | false
            الأحد, 03 مارس 2019 08:00:00 +0300          | 2019-03-03T05:00:00Z | false
            # an abbreviation nobody can resolve: the outlet's zone, flagged approximate
            Sun, 03 Mar 2019 08:00:00 XYZT            | 2019-03-03T05:00:00Z | true
            # Atom and feeds that write ISO 8601
            2019-03-03T08:00:00+03:00                 | 2019-03-03T05:00:00Z | false
            2019-03-03T05:00:00Z                      | 2019-03-03T05:00:00Z | false
            2019-03-03T08:00:00.123+03:00             | 2019-03-03T05:00:00.123Z | false
            2019-03-03T05:00:00.123456789Z            | 2019-03-03T05:00:00.123456789Z | false
            2019-03-03T08:00:00                       | 2019-03-03T05:00:00Z | false
            2019-03-03t05:00:00z                      | 2019-03-03T05:00:00Z | false
            """)
    void readsFeedTimestamps(String value, String expected, boolean approximate) {
        PublicationDate date = DATES.fromFeed(value, BAGHDAD).orElseThrow();

        assertEquals(Instant.parse(expected), date.instant());
        assertEquals(approximate, date.approximate());
        assertEquals(PublicationDate.Source.FEED, date.source());
        assertEquals(value, date.matchedText());
    }

    @Test
    void reportsTheSpanInsideTheRawValue() {
        String raw = "\n   Sun, 03 Mar 2019 05:00:00 GMT  \n";
        PublicationDate date = DATES.fromFeed(raw).orElseThrow();

        assertEquals("Sun, 03 Mar 2019 05:00:00 GMT", date.matchedText());
        assertEquals(raw.substring(date.start(), date.end()), date.matchedText());
        assertEquals(4, date.start());
    }

    @Test
    void withoutAZoneTheOneArgumentFormReadsUtc() {
        assertEquals(Instant.parse("2019-03-03T08:00:00Z"),
                DATES.fromFeed("2019-03-03T08:00:00").orElseThrow().instant());
        assertTrue(DATES.fromFeed("Sun, 03 Mar 2019 08:00:00 +0300").isPresent());
    }
}
