package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates written in running text: a day, a month and a four-digit year, in Arabic or
 * English words or in digits, each optionally led by a weekday and followed by a time of day. A year alone
 * ("عام 2019") or a month and year ("آذار 2019") is not a publication date and is not found; neither is a
 * number after a word ("الفرقة 14"): every form needs all three parts.
 */
final class AbsoluteDateFinder {

    private static final String MONTH = "(" + MonthNames.PATTERN + ")(?![\\p{L}])\\.?";
    private static final String DAY = "(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])";
    /** A four-digit year, optionally marked Gregorian with a trailing م ("2019م"). */
    private static final String YEAR = "(\\d{4})(?![\\p{N}])(?:\\s?" + FoldedText.fold("م") + "(?![\\p{L}]))?";

    /** "3 مارس 2019", "3 آذار/مارس 2019", "3 آذار (مارس) 2019", "3rd of March 2019". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s*(?:of\\s+|" + FoldedText.fold("من")
            + "\\s+)?" + MONTH + "(?:\\s*[/\\-(]\\s*" + MONTH + "\\s*\\)?)?\\s*[,،\\-/]?\\s*" + YEAR);

    /** "March 3, 2019", "March 3rd, 2019". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "\\s*" + DAY
            + "\\s*[,،]?\\s*" + YEAR);

    /** "2019-02-19", "2019/02/19", "2019 - 02 - 19": year first is never ambiguous. */
    private static final Pattern NUMERIC_YEAR_FIRST = Pattern.compile(
            "(?<![\\p{N}/.\\-:])(\\d{4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\p{N}])");

    /** "19/2/2019", "19-02-2019", "19.02.2019": day first, as Arab outlets write. */
    private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile(
            "(?<![\\p{N}/.\\-:])(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\p{N}]|[/.\\-]\\d)");

    /**
     * A weekday just before a date: "الأحد، ", "يوم الأحد ", "Sunday, ". Looked for backwards from a date that
     * was found, rather than as an optional start of every pattern, because an optional prefix makes the
     * engine try all weekday names at every position of a long article.
     */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + FoldedText.fold("يوم")
            + "\\s+)?" + WeekdayNames.PATTERN + "\\.?\\s*[,،\\-–]?\\s*\\z");
    private static final int WEEKDAY_REACH = 24;

    private record Form(Pattern pattern, Function<Matcher, Optional<LocalDate>> reader) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(DAY_MONTH_YEAR, AbsoluteDateFinder::dayMonthYear),
            new Form(MONTH_DAY_YEAR, m -> monthName(m.group(1)).flatMap(
                    month -> WrittenDateTime.day(number(m.group(3)), month, number(m.group(2))))),
            new Form(NUMERIC_YEAR_FIRST, m -> WrittenDateTime.day(number(m.group(1)), number(m.group(3)),
                    number(m.group(4)))),
            new Form(NUMERIC_YEAR_LAST, AbsoluteDateFinder::dayFirst));

    /**
     * The first real, plausible date in the text, in the caller's coordinates. Each form is scanned only up
     * to its own first good match, so a dateline at the top of a long article is cheap to find.
     */
    Optional<PublicationDate> findFirst(FoldedText text, ZoneId zone, Plausibility plausibility,
            PublicationDate.Source source) {
        if (!hasFourDigits(text.folded())) {
            // Every form needs a four-digit year: a text without one is not scanned four times for nothing.
            return Optional.empty();
        }
        return FORMS.stream()
                .map(form -> firstOfForm(form, text, zone, plausibility, source))
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(PublicationDate::start)
                        .thenComparing(Comparator.comparingInt(PublicationDate::end).reversed()));
    }

    private static PublicationDate firstOfForm(Form form, FoldedText text, ZoneId zone, Plausibility plausibility,
            PublicationDate.Source source) {
        String folded = text.folded();
        Matcher m = form.pattern().matcher(folded);
        while (m.find()) {
            Optional<LocalDate> day = form.reader().apply(m);
            if (day.isEmpty()) {
                continue;
            }
            WrittenDateTime written = WrittenDateTime.dateOnly(day.get());
            int end = m.end();
            Optional<TimeOfDayReader.TimeOfDay> time = TimeOfDayReader.readAt(folded, end);
            if (time.isPresent()) {
                written = written.at(time.get().time(), time.get().zone());
                end = time.get().end();
            }
            Instant instant = written.instant(zone);
            if (plausibility.accepts(written.date(), instant)) {
                int start = startWithWeekday(folded, m.start());
                return new PublicationDate(instant, false, text.originalText(start, end), text.originalStart(start),
                        text.originalEnd(end), source);
            }
        }
        return null;
    }

    /** Four digits 0-9 in a row: what {@code \\d{4}} needs (folding made Arabic-Indic and Persian digits ASCII). */
    private static boolean hasFourDigits(String folded) {
        int run = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Where the date starting at {@code start} really starts, counting a weekday written before it. */
    private static int startWithWeekday(String folded, int start) {
        Matcher m = WEEKDAY_BEFORE.matcher(folded).region(Math.max(0, start - WEEKDAY_REACH), start)
                .useTransparentBounds(true);
        return m.find() ? m.start() : start;
    }

    private static Optional<LocalDate> dayMonthYear(Matcher m) {
        Optional<Integer> month = monthName(m.group(2));
        if (m.group(3) != null && !month.equals(monthName(m.group(3)))) {
            // "آذار/مارس" names one month twice; two different months mean we misread something.
            return Optional.empty();
        }
        return month.flatMap(mo -> WrittenDateTime.day(number(m.group(4)), mo, number(m.group(1))));
    }

    /**
     * Day first, as Arab outlets write. When the second number cannot be a month but the first can
     * ("2/19/2019"), the text is English wire copy written month first, and is read that way.
     */
    private static Optional<LocalDate> dayFirst(Matcher m) {
        int first = number(m.group(1));
        int second = number(m.group(3));
        int year = number(m.group(4));
        if (second > 12 && first <= 12) {
            return WrittenDateTime.day(year, first, second);
        }
        return WrittenDateTime.day(year, second, first);
    }

    private static Optional<Integer> monthName(String matched) {
        return MonthNames.month(matched);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
