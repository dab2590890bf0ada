package io.raqib.ingest.dates;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day written right after a date: "2019-03-03T08:00:00+03:00", "3 مارس 2019، الساعة 10:30",
 * "3/3/2019 - 10:30 م", "March 3, 2019 at 8:15 pm GMT". Only directly after: a time further away belongs to
 * something else in the sentence.
 */
final class TimeOfDayReader {

    private static final String MORNING = Alternation.of(java.util.List.of("am", "a.m.", "ص", "صباحا", "صباح",
            "فجرا"));
    private static final String AFTERNOON = Alternation.of(java.util.List.of("pm", "p.m.", "م", "مساء", "مساءا",
            "ظهرا", "عصرا"));

    private static final Pattern TIME = Pattern.compile(
            "(?:t|[\\s,،|\\-–—]*(?:(?:" + FoldedText.fold("في") + "\\s+)?(?:" + FoldedText.fold("تمام")
                    + "\\s+)?(?:" + FoldedText.fold("الساعة") + "|at)\\s*)?)"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?![\\p{N}])"
                    + "(?:\\s*(?:(" + MORNING + ")|(" + AFTERNOON + "))(?![\\p{L}]))?"
                    + "(?:\\s*\\(?(" + ZoneTokens.KNOWN_PATTERN + ")\\)?)?");

    /** A time of day and, when one was written, its zone. {@code end} is where it ends in the folded text. */
    record TimeOfDay(LocalTime time, ZoneId zone, int end) {
    }

    private TimeOfDayReader() {
    }

    /** The time written at {@code position} in folded text, if one is, and it is a real time of day. */
    static Optional<TimeOfDay> readAt(String folded, int position) {
        Matcher m = TIME.matcher(folded).region(position, folded.length()).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        boolean morning = m.group(4) != null;
        boolean afternoon = m.group(5) != null;
        if (morning || afternoon) {
            if (hour < 1 || hour > 12) {
                // "15:00 م" is still a clear time; "0:30 pm" is not.
                if (hour == 0 || hour > 23) {
                    return Optional.empty();
                }
            } else if (afternoon && hour < 12) {
                hour += 12;
            } else if (morning && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        ZoneId zone = m.group(6) == null ? null : ZoneTokens.resolve(m.group(6)).orElse(null);
        return Optional.of(new TimeOfDay(LocalTime.of(hour, minute, second), zone, m.end()));
    }
}
