package io.raqib.ingest.dates;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The units of relative datelines ("قبل 3 ساعات", "منذ يومين", "5 minutes ago") and the Arabic word forms that
 * carry their own count: singular means one ("منذ ساعة"), dual means two ("قبل ساعتين"), plural needs a number
 * ("قبل 3 ساعات"; "منذ ساعات" alone says how long only vaguely, and is not read).
 */
record RelativeUnit(ChronoUnit unit, int impliedCount) {

    /** impliedCount for plural forms: they say nothing about the count. */
    static final int NO_COUNT = 0;

    private static final Map<String, RelativeUnit> ARABIC = new HashMap<>();
    private static final Map<String, RelativeUnit> ENGLISH = new HashMap<>();

    static {
        // singular (with the accusative ending used after 11..99: "منذ 20 يوماً"), dual (both cases), plural
        arabic(ChronoUnit.SECONDS, new String[] {"ثانية"}, new String[] {"ثانيتين", "ثانيتان"},
                new String[] {"ثوان", "ثواني"});
        arabic(ChronoUnit.MINUTES, new String[] {"دقيقة"}, new String[] {"دقيقتين", "دقيقتان"},
                new String[] {"دقائق"});
        arabic(ChronoUnit.HOURS, new String[] {"ساعة"}, new String[] {"ساعتين", "ساعتان"},
                new String[] {"ساعات"});
        arabic(ChronoUnit.DAYS, new String[] {"يوم", "يوما"}, new String[] {"يومين", "يومان"},
                new String[] {"أيام"});
        arabic(ChronoUnit.WEEKS, new String[] {"أسبوع", "أسبوعا"}, new String[] {"أسبوعين", "أسبوعان"},
                new String[] {"أسابيع"});
        arabic(ChronoUnit.MONTHS, new String[] {"شهر", "شهرا"}, new String[] {"شهرين", "شهران"},
                new String[] {"أشهر", "شهور"});
        arabic(ChronoUnit.YEARS, new String[] {"سنة", "عام", "عاما"},
                new String[] {"سنتين", "سنتان", "عامين", "عامان"}, new String[] {"سنوات", "سنين", "أعوام"});
        english(ChronoUnit.SECONDS, "second", "seconds", "sec", "secs");
        english(ChronoUnit.MINUTES, "minute", "minutes", "min", "mins");
        english(ChronoUnit.HOURS, "hour", "hours", "hr", "hrs");
        english(ChronoUnit.DAYS, "day", "days");
        english(ChronoUnit.WEEKS, "week", "weeks");
        english(ChronoUnit.MONTHS, "month", "months");
        english(ChronoUnit.YEARS, "year", "years", "yr", "yrs");
    }

    static final String ARABIC_PATTERN = Alternation.of(ARABIC.keySet());
    static final String ENGLISH_PATTERN = Alternation.of(ENGLISH.keySet());

    static Optional<RelativeUnit> of(String matched) {
        String key = Alternation.key(matched);
        RelativeUnit unit = ARABIC.get(key);
        return Optional.ofNullable(unit != null ? unit : ENGLISH.get(key));
    }

    private static void arabic(ChronoUnit unit, String[] singular, String[] dual, String[] plural) {
        for (String word : singular) {
            ARABIC.put(FoldedText.fold(word), new RelativeUnit(unit, 1));
        }
        for (String word : dual) {
            ARABIC.put(FoldedText.fold(word), new RelativeUnit(unit, 2));
        }
        for (String word : plural) {
            ARABIC.put(FoldedText.fold(word), new RelativeUnit(unit, NO_COUNT));
        }
    }

    private static void english(ChronoUnit unit, String... words) {
        for (String word : words) {
            // English always writes the count ("1 hour ago", "an hour ago"), so no form implies one.
            ENGLISH.put(word, new RelativeUnit(unit, NO_COUNT));
        }
    }
}
