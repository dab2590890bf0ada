package io.raqib.ingest.dates;

import static io.raqib.ingest.dates.DateFixtures.BAGHDAD;
import static io.raqib.ingest.dates.DateFixtures.DATES;
import static io.raqib.ingest.dates.DateFixtures.FETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings that look a little like dates, and are no publication date. Fetched 5 March 2019. */
class NotADateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # reason                     | text
            no date at all               | أحبطت قوات الأمن محاولة تسلل على الحدود
            impossible day               | 31 شباط 2019
            impossible day               | 30 فبراير 2019
            impossible day, digits       | 32/01/2019
            impossible month             | 13/13/2019
            year alone                   | قتل خلال عام 2019 أكثر من مئة شخص
            month and year, no day       | في آذار 2019 بدأت العملية
            day and month, no year       | في 3 مارس الماضي
            a number after a noun        | تقدمت الفرقة 14 المدرعة نحو المدينة
            unit names without a count   | استمرت الاشتباكات ساعات طويلة ودقائق معدودة
            a time without a date        | وقع الانفجار الساعة 10:30 صباحا
            before 1990                  | 3 مارس 1985
            after next year              | 3 مارس 2021
            future beyond tolerance      | 10 آذار 2019
            Hijri date in digits         | 1440/06/26 هـ
            since a year                 | منذ عام 2011 تشهد المنطقة توترا
            before an event              | قبل ساعة من الانفجار
            before a weekday             | قبل يوم الجمعة
            vague plural                 | منذ سنوات والمدينة محاصرة
            too long ago                 | قبل 50 سنة
            the next day                 | في اليوم التالي للهجوم
            until today                  | ما زال مفقودا حتى اليوم
            that day                     | في ذلك اليوم
            phone number                 | للتواصل 0770-123-4567
            a score                      | انتهت المباراة 3-1
            English year alone           | In 2019 the group lost ground
            """)
    void findsNothingInText(String reason, String text) {
        assertEquals(Optional.empty(), DATES.fromText(text, FETCHED, BAGHDAD), reason);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a date", "2019", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "0000000000", "2019-02-31T08:00:00Z", "2019-13-01", "2019-03-03T25:00:00Z", "2019-03-03T08:61",
        "Sun, 31 Feb 2019 08:00:00 GMT", "Sun, 03 Foo 2019 08:00:00 GMT", "2019-03-03T08:00:00+25:00"})
    void findsNothingInFieldValues(String value) {
        assertEquals(Optional.empty(), DATES.fromFeed(value, BAGHDAD));
        assertEquals(Optional.empty(), DATES.fromMetadata(value, BAGHDAD));
    }

    @Test
    void blankTextHasNoDate() {
        assertEquals(Optional.empty(), DATES.fromText(null, FETCHED, BAGHDAD));
        assertEquals(Optional.empty(), DATES.fromText(" \n ", FETCHED, BAGHDAD));
    }
}
