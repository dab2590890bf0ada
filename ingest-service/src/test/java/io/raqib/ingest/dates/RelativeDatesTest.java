package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static io.raqib.ingest.dates.DateFixtures.FETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines relative to the fetch time, 2019-03-05T12:00Z (15:00 in Baghdad). Always approximate. */
class RelativeDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                        | expected instant      | matched text
            قبل 3 سنوات                    | 2016-03-05T12:00:00Z  | قبل 3 سنوات
            قبل ساعتين                     | 2019-03-05T10:00:00Z  | قبل ساعتين
            قبل يومين                      | 2019-03-03T12:00:00Z  | قبل يومين
            قبل 5 دقائق                    | 2019-03-05T11:55:00Z  | قبل 5 دقائق
            منذ أسبوع                      | 2019-02-26T12:00:00Z  | منذ أسبوع
            منذ ساعة                       | 2019-03-05T11:00:00Z  | منذ ساعة
            قبل أسبوعين                    | 2019-02-19T12:00:00Z  | قبل أسبوعين
            قبل شهرين                      | 2019-01-05T12:00:00Z  | قبل شهرين
            قبل سنتين                      | 2017-03-05T12:00:00Z  | قبل سنتين
            منذ عامين                      | 2017-03-05T12:00:00Z  | منذ عامين
            قبل ثلاث ساعات                 | 2019-03-05T09:00:00Z  | قبل ثلاث ساعات
            منذ خمسة أيام                  | 2019-02-28T12:00:00Z  | منذ خمسة أيام
            منذ عشر دقائق                  | 2019-03-05T11:50:00Z  | منذ عشر دقائق
            منذ ٤ ساعات                    | 2019-03-05T08:00:00Z  | منذ ٤ ساعات
            منذ 20 يوماً                   | 2019-02-13T12:00:00Z  | منذ 20 يوماً
            قبل 30 ثانية                   | 2019-03-05T11:59:30Z  | قبل 30 ثانية
            قبل نحو ساعتين                 | 2019-03-05T10:00:00Z  | قبل نحو ساعتين
            نُشر قبل 3 أشهر                 | 2018-12-05T12:00:00Z  | قبل 3 أشهر
            وقبل دقيقتين                   | 2019-03-05T11:58:00Z  | وقبل دقيقتين
            قبل قليل                       | 2019-03-05T12:00:00Z  | قبل قليل
            أمس                            | 2019-03-04T12:00:00Z  | أمس
            البارحة                        | 2019-03-04T12:00:00Z  | البارحة
            نُشر بالأمس                     | 2019-03-04T12:00:00Z  | بالأمس
            أول أمس                        | 2019-03-03T12:00:00Z  | أول أمس
            اليوم                          | 2019-03-05T12:00:00Z  | اليوم
            اليوم الثلاثاء                 | 2019-03-05T12:00:00Z  | اليوم
            أمس الساعة 10:30               | 2019-03-04T07:30:00Z  | أمس الساعة 10:30
            3 hours ago                    | 2019-03-05T09:00:00Z  | 3 hours ago
            an hour ago                    | 2019-03-05T11:00:00Z  | an hour ago
            two days ago                   | 2019-03-03T12:00:00Z  | two days ago
            Updated 15 mins ago            | 2019-03-05T11:45:00Z  | 15 mins ago
            yesterday                      | 2019-03-04T12:00:00Z  | yesterday
            Yesterday at 9:00 pm           | 2019-03-04T18:00:00Z  | Yesterday at 9:00 pm
            today                          | 2019-03-05T12:00:00Z  | today
            """)
    void relativeToTheFetch(String text, String expected, String match) {
        PublicationDate date = DATES.fromText(text, FETCHED, BAGHDAD).orElseThrow(
                () -> new AssertionError("no date found in: " + text));

        assertEquals(Instant.parse(expected), date.instant());
        assertEquals(match, date.matchedText());
        assertEquals(text.substring(date.start(), date.end()), date.matchedText());
        assertEquals(PublicationDate.Source.RELATIVE, date.source());
        assertTrue(date.approximate());
    }
}
