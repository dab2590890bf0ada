package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # article:published_time, JSON-LD datePublished, <time datetime>
            2019-03-03T08:00:00+03:00       | 2019-03-03T05:00:00Z | 2019-03-03T08:00:00+03:00
            2019-03-03T08:00:00+0300        | 2019-03-03T05:00:00Z | 2019-03-03T08:00:00+0300
            2019-03-03T05:00:00.000Z        | 2019-03-03T05:00:00Z | 2019-03-03T05:00:00.000Z
            2019-03-03T08:00                | 2019-03-03T05:00:00Z | 2019-03-03T08:00
            # CMS output without a zone: the outlet's zone (Baghdad here)
            2019-03-03 08:00                | 2019-03-03T05:00:00Z | 2019-03-03 08:00
            2019-03-03 08:00:00             | 2019-03-03T05:00:00Z | 2019-03-03 08:00:00
            # a date alone is midnight in the outlet's zone, and exact
            2019-03-03                      | 2019-03-02T21:00:00Z | 2019-03-03
            03/03/2019                      | 2019-03-02T21:00:00Z | 03/03/2019
            19/02/2019                      | 2019-02-18T21:00:00Z | 19/02/2019
            2019/03/03 08:00                | 2019-03-03T05:00:00Z | 2019/03/03 08:00
            03-03-2019 08:00 م              | 2019-03-03T17:00:00Z | 03-03-2019 08:00 م
            1551589200                      | 2019-03-03T05:00:00Z | 1551589200
            1551589200000                   | 2019-03-03T05:00:00Z | 1551589200000
            Sun, 03 Mar 2019 05:00:00 GMT   | 2019-03-03T05:00:00Z | Sun, 03 Mar 2019 05:00:00 GMT
            Sunday, March 3, 2019 8:00 AM   | 2019-03-03T05:00:00Z | Sunday, March 3, 2019 8:00 AM
            الأحد 3 آذار 2019 - 08:00         | 2019-03-03T05:00:00Z | الأحد 3 آذار 2019 - 08:00
            تاريخ النشر: 3 مارس 2019         | 2019-03-02T21:00:00Z | 3 مارس 2019
            """)
    void readsMetadataValues(String value, String expected, String matched) {
        PublicationDate date = DATES.fromMetadata(value, BAGHDAD).orElseThrow();

        assertEquals(Instant.parse(expected), date.instant());
        assertFalse(date.approximate());
        assertEquals(PublicationDate.Source.METADATA, date.source());
        assertEquals(matched, date.matchedText());
        assertEquals(value.substring(date.start(), date.end()), date.matchedText());
    }
}
