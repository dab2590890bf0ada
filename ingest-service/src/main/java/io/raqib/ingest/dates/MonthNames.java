package io.raqib.ingest.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Month names as Arab and English outlets write them. Arabic has several calendars of month names in daily
 * use, and one article can use two at once ("آذار/مارس"), so all of them map to the same month number.
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = build();

    /** Matches any month name in folded text (no boundaries: the caller adds them). */
    static final String PATTERN = Alternation.of(MONTHS.keySet());

    private MonthNames() {
    }

    /** The month (1-12) for a name matched by {@link #PATTERN}. */
    static Optional<Integer> month(String matched) {
        return Optional.ofNullable(MONTHS.get(Alternation.key(matched)));
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> months = new HashMap<>();
        // Levant and Iraq (Syriac names). Some writers drop the article: "تشرين أول".
        add(months, 1, "كانون الثاني", "كانون ثاني");
        add(months, 2, "شباط");
        add(months, 3, "آذار");
        add(months, 4, "نيسان");
        add(months, 5, "أيار");
        add(months, 6, "حزيران");
        add(months, 7, "تموز");
        add(months, 8, "آب");
        add(months, 9, "أيلول");
        add(months, 10, "تشرين الأول", "تشرين أول");
        add(months, 11, "تشرين الثاني", "تشرين ثاني");
        add(months, 12, "كانون الأول", "كانون أول");
        // Egypt, the Gulf and most wire copy (from the European names), with their common spellings.
        add(months, 1, "يناير");
        add(months, 2, "فبراير");
        add(months, 3, "مارس");
        add(months, 4, "أبريل", "إبريل");
        add(months, 5, "مايو");
        add(months, 6, "يونيو", "يونيه");
        add(months, 7, "يوليو", "يوليه");
        add(months, 8, "أغسطس", "آغسطس");
        add(months, 9, "سبتمبر");
        add(months, 10, "أكتوبر");
        add(months, 11, "نوفمبر");
        add(months, 12, "ديسمبر");
        // Algeria and Tunisia (from French).
        add(months, 1, "جانفي");
        add(months, 2, "فيفري");
        add(months, 4, "أفريل");
        add(months, 5, "ماي");
        add(months, 6, "جوان");
        add(months, 7, "جويلية");
        add(months, 8, "أوت");
        // Morocco.
        add(months, 7, "يوليوز");
        add(months, 8, "غشت");
        add(months, 9, "شتنبر");
        add(months, 11, "نونبر");
        add(months, 12, "دجنبر");
        // English, full and abbreviated (feeds and English-language outlets).
        String[][] english = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < english.length; m++) {
            add(months, m + 1, english[m]);
        }
        return Map.copyOf(months);
    }

    private static void add(Map<String, Integer> months, int month, String... names) {
        for (String name : names) {
            Integer previous = months.put(FoldedText.fold(name), month);
            if (previous != null && previous != month) {
                throw new IllegalStateException(name + " names two months");
            }
        }
    }
}
