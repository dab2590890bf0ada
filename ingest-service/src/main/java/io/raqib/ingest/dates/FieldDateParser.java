package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date out of one structured field: an RSS {@code pubDate}, an Atom timestamp, a meta tag or JSON-LD
 * value. The whole value must be the date for the strict forms (ISO 8601, RFC 822, epoch seconds); when none
 * fits, the value is searched like text for a full calendar date ("03/03/2019", "Sunday, March 3, 2019 8:00
 * AM", "الأحد 3 آذار 2019"), because publishers put whatever their CMS prints into these fields.
 */
final class FieldDateParser {

    /** ISO 8601 / RFC 3339 and the loose "2019-03-03 08:00" that CMSs print. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:t|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + "\\s*(" + ZoneTokens.KNOWN_PATTERN + ")?");

    /**
     * RFC 822/1123 as feeds really write it: weekday optional, seconds optional, two-digit years, any case,
     * full month names, Arabic month and weekday names from localised CMSs, named or numeric zones, and a
     * trailing comment such as "(AST)".
     */
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:" + WeekdayNames.PATTERN + "\\.?\\s*[,،]?\\s*)?"
                    + "(\\d{1,2})[\\s\\-]+(" + MonthNames.PATTERN + ")\\.?[\\s\\-,]+(\\d{4}|\\d{2})"
                    + "(?:[\\s,]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "(?:\\s*(" + ZoneTokens.ANY_PATTERN + "))?(?:\\s*\\([^)]*\\))?");

    /** Unix time in seconds or milliseconds, which some sites put in meta tags. */
    private static final Pattern EPOCH = Pattern.compile("(\\d{10})(\\d{3})?");

    private final AbsoluteDateFinder fallback = new AbsoluteDateFinder();

    Optional<PublicationDate> parse(String value, ZoneId defaultZone, PublicationDate.Source source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int start = firstNonSpace(value);
        int end = lastNonSpace(value) + 1;
        String raw = value.substring(start, end);
        String folded = FoldedText.fold(raw);
        Plausibility plausibility = Plausibility.undated();

        // A value shaped like ISO 8601 or RFC 822 is judged as that form only: "2019-03-03T25:00:00Z" is a broken
        // timestamp, not the day 2019-03-03 followed by noise.
        Matcher iso = ISO.matcher(folded);
        Matcher rfc822 = RFC_822.matcher(folded);
        Optional<WrittenDateTime> written = iso.matches() ? iso(iso) : rfc822.matches() ? rfc822(rfc822) : null;
        if (written != null) {
            return written.filter(w -> plausibility.accepts(w.date(), w.instant(defaultZone)))
                    .map(w -> new PublicationDate(w.instant(defaultZone), w.zoneUnreadable(), raw, start, end, source));
        }
        Optional<Instant> epoch = epoch(folded);
        if (epoch.isPresent()) {
            return epoch.filter(instant -> plausibility.accepts(instant.atZone(ZoneOffset.UTC).toLocalDate(), instant))
                    .map(instant -> new PublicationDate(instant, false, raw, start, end, source));
        }
        return fallback.findFirst(FoldedText.of(value), defaultZone, plausibility, source);
    }

    private static Optional<WrittenDateTime> iso(Matcher m) {
        return WrittenDateTime.day(number(m.group(1)), number(m.group(2)), number(m.group(3)))
                .flatMap(day -> withTime(WrittenDateTime.dateOnly(day), m.group(4), m.group(5), m.group(6),
                        m.group(7), m.group(8), false));
    }

    private static Optional<WrittenDateTime> rfc822(Matcher m) {
        int year = WrittenDateTime.fullYear(number(m.group(3)), m.group(3).length());
        return MonthNames.month(m.group(2))
                .flatMap(month -> WrittenDateTime.day(year, month, number(m.group(1))))
                .flatMap(day -> withTime(WrittenDateTime.dateOnly(day), m.group(4), m.group(5), m.group(6), null,
                        m.group(7), true));
    }

    /**
     * Adds the time of day and zone to a day. A zone abbreviation we do not know leaves the default zone in
     * place and marks the result approximate: the hour may be off, the date rarely is.
     */
    private static Optional<WrittenDateTime> withTime(WrittenDateTime day, String hour, String minute,
            String second, String fraction, String zoneToken, boolean unknownZoneTolerated) {
        ZoneId zone = null;
        boolean unreadable = false;
        if (zoneToken != null) {
            Optional<ZoneId> resolved = ZoneTokens.resolve(zoneToken);
            if (resolved.isEmpty() && !unknownZoneTolerated) {
                return Optional.empty();
            }
            zone = resolved.orElse(null);
            unreadable = resolved.isEmpty();
        }
        LocalTime time = null;
        if (hour != null) {
            int h = number(hour);
            int min = number(minute);
            int s = second == null ? 0 : number(second);
            if (h > 23 || min > 59 || s > 59) {
                return Optional.empty();
            }
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            time = LocalTime.of(h, min, s, nanos);
        }
        return Optional.of(new WrittenDateTime(day.date(), time, zone, unreadable));
    }

    private static Optional<Instant> epoch(String folded) {
        Matcher m = EPOCH.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(m.group(1));
        long millis = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Instant.ofEpochSecond(seconds).plusMillis(millis));
    }

    private static int firstNonSpace(String value) {
        int i = 0;
        while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String value) {
        int i = value.length() - 1;
        while (i >= 0 && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i)))) {
            i--;
        }
        return i;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
