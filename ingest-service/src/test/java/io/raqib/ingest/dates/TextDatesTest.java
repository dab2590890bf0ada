package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static io.raqib.ingest.dates.DateFixtures.FETCHED;
import static io.raqib.ingest.dates.DateFixtures.baghdad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar dates written in article text. Expectations are Baghdad wall-clock times; fetched 5 March 2019. */
class TextDatesTest {

    private static void assertFound(String text, String expectedBaghdadTime, String expectedMatch) {
        PublicationDate date = DATES.fromText(text, FETCHED, BAGHDAD).orElseThrow(
                () -> new AssertionError("no date found in: " + text));

        assertEquals(baghdad(expectedBaghdadTime), date.instant(), text);
        assertEquals(expectedMatch, date.matchedText());
        assertEquals(text.substring(date.start(), date.end()), date.matchedText());
        assertEquals(PublicationDate.Source.TEXT, date.source());
        assertFalse(date.approximate(), "a written date is exact even without a time");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الأحد 3 آذار 2019                       | 2019-03-03T00:00 | الأحد 3 آذار 2019
            3 مارس 2019                             | 2019-03-03T00:00 | 3 مارس 2019
            ٣ مارس ٢٠١٩                             | 2019-03-03T00:00 | ٣ مارس ٢٠١٩
            ۳ مارس ۲۰۱۹                             | 2019-03-03T00:00 | ۳ مارس ۲۰۱۹
            الأحد، 3 آذار/مارس 2019                 | 2019-03-03T00:00 | الأحد، 3 آذار/مارس 2019
            3 آذار (مارس) 2019                      | 2019-03-03T00:00 | 3 آذار (مارس) 2019
            الأحد - 3 آذار - مارس 2019              | 2019-03-03T00:00 | الأحد - 3 آذار - مارس 2019
            يوم الأحد 3 مارس 2019                   | 2019-03-03T00:00 | يوم الأحد 3 مارس 2019
            3 مارس 2019م                            | 2019-03-03T00:00 | 3 مارس 2019م
            3 من مارس 2019                          | 2019-03-03T00:00 | 3 من مارس 2019
            """)
    void arabicDatelines(String text, String expected, String match) {
        assertFound(text, expected, match);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            15 كانون الثاني 2019    | 2019-01-15T00:00
            14 شباط 2019            | 2019-02-14T00:00
            3 آذار 2019             | 2019-03-03T00:00
            2 نيسان 2018            | 2018-04-02T00:00
            9 أيار 2018             | 2018-05-09T00:00
            20 حزيران 2018          | 2018-06-20T00:00
            7 تموز 2018             | 2018-07-07T00:00
            13 آب 2018              | 2018-08-13T00:00
            11 أيلول 2018           | 2018-09-11T00:00
            5 تشرين الأول 2018      | 2018-10-05T00:00
            5 تشرين أول 2018        | 2018-10-05T00:00
            17 تشرين الثاني 2018    | 2018-11-17T00:00
            25 كانون الأول 2018     | 2018-12-25T00:00
            25 كانون  الاول 2018    | 2018-12-25T00:00
            """)
    void levantineAndIraqiMonths(String text, String expected) {
        assertFound(text, expected, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 يناير 2019       | 2019-01-01T00:00
            10 فبراير 2019     | 2019-02-10T00:00
            4 أبريل 2018       | 2018-04-04T00:00
            4 ابريل 2018       | 2018-04-04T00:00
            4 إبريل 2018       | 2018-04-04T00:00
            1 مايو 2018        | 2018-05-01T00:00
            6 يونيو 2018       | 2018-06-06T00:00
            6 يونيه 2018       | 2018-06-06T00:00
            23 يوليو 2018      | 2018-07-23T00:00
            23 يوليه 2018      | 2018-07-23T00:00
            15 أغسطس 2018      | 2018-08-15T00:00
            15 اغسطس 2018      | 2018-08-15T00:00
            11 سبتمبر 2018     | 2018-09-11T00:00
            6 أكتوبر 2018      | 2018-10-06T00:00
            30 نوفمبر 2018     | 2018-11-30T00:00
            31 ديسمبر 2018     | 2018-12-31T00:00
            """)
    void egyptianAndGulfMonths(String text, String expected) {
        assertFound(text, expected, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 جانفي 2019       | 2019-01-01T00:00
            20 فيفري 2019      | 2019-02-20T00:00
            7 أفريل 2018       | 2018-04-07T00:00
            1 ماي 2018         | 2018-05-01T00:00
            12 جوان 2018       | 2018-06-12T00:00
            5 جويلية 2018      | 2018-07-05T00:00
            20 أوت 2018        | 2018-08-20T00:00
            30 يوليوز 2018     | 2018-07-30T00:00
            14 غشت 2018        | 2018-08-14T00:00
            22 شتنبر 2018      | 2018-09-22T00:00
            18 نونبر 2018      | 2018-11-18T00:00
            6 دجنبر 2018       | 2018-12-06T00:00
            """)
    void maghrebMonths(String text, String expected) {
        assertFound(text, expected, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # hamza and alef variants, diacritics, tatweel, direction marks
            3 اذار 2019                  | 2019-03-03T00:00
            ٣ مَارِس ٢٠١٩                  | 2019-03-03T00:00
            الأحـــد 3 آذار 2019          | 2019-03-03T00:00
            الاحد 3 أذار 2019            | 2019-03-03T00:00
            4 إِبْرِيل 2018                | 2018-04-04T00:00
            3‏ آذار ‏2019                  | 2019-03-03T00:00
            """)
    void spellingVariants(String text, String expected) {
        assertFound(text, expected, text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sunday 3rd of March 2019      | 2019-03-03T00:00 | Sunday 3rd of March 2019
            March 3, 2019                 | 2019-03-03T00:00 | March 3, 2019
            3 March 2019                  | 2019-03-03T00:00 | 3 March 2019
            Sunday, March 3rd, 2019       | 2019-03-03T00:00 | Sunday, March 3rd, 2019
            Sun, 3 Mar. 2019              | 2019-03-03T00:00 | Sun, 3 Mar. 2019
            21st September 2018           | 2018-09-21T00:00 | 21st September 2018
            """)
    void englishDates(String text, String expected, String match) {
        assertFound(text, expected, match);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019 - 02 - 19        | 2019-02-19T00:00
            2019/02/19            | 2019-02-19T00:00
            2019-2-19             | 2019-02-19T00:00
            19/2/2019             | 2019-02-19T00:00
            19-02-2019            | 2019-02-19T00:00
            19.02.2019            | 2019-02-19T00:00
            ١٩/٢/٢٠١٩             | 2019-02-19T00:00
            03/02/2019            | 2019-02-03T00:00
            2/19/2019             | 2019-02-19T00:00
            """)
    void numericDatesAreDayFirst(String text, String expected) {
        assertFound(text, expected, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 مارس 2019 الساعة 10:30                | 2019-03-03T10:30
            الأحد 3 آذار 2019، 10:30 م               | 2019-03-03T22:30
            3 مارس 2019 - ١٠:٣٠ صباحاً               | 2019-03-03T10:30
            '3 مارس 2019 | 12:15 ص'                  | 2019-03-03T00:15
            3 مارس 2019 في تمام الساعة 08:05 مساءً   | 2019-03-03T20:05
            March 3, 2019 at 8:15 pm                | 2019-03-03T20:15
            3/3/2019 10:30 GMT                      | 2019-03-03T13:30
            3/3/2019 10:30 بتوقيت غرينتش             | 2019-03-03T13:30
            2019-03-03T08:00:00+01:00               | 2019-03-03T10:00
            2019/03/03 08:00:15                     | 2019-03-03T08:00:15
            """)
    void timesOfDay(String text, String expected) {
        assertFound(text, expected, text);
    }
}
