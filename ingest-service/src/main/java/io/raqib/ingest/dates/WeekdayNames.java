package io.raqib.ingest.dates;

import java.util.List;

/**
 * Weekday names. They are only ever part of a match ("الأحد، 3 آذار 2019" is reported whole); the day of week
 * is not checked against the date, because outlets get it wrong more often than they get the date wrong.
 */
final class WeekdayNames {

    static final List<String> ARABIC = List.of("الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");

    /** Any weekday name, Arabic or English, full or abbreviated, in folded text. */
    static final String PATTERN = Alternation.of(concat(ARABIC, List.of("sunday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sun", "mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat")));

    /** Arabic weekday names only, in folded text. */
    static final String ARABIC_PATTERN = Alternation.of(ARABIC);

    private WeekdayNames() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
