package io.raqib.alert.detect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a count series as the public anomaly benchmarks (NAB and the like) ship them: {@code timestamp,value}.
 *
 * <ul>
 * <li>timestamps: ISO-8601 with a zone ({@code 2014-04-01T00:00:00Z}, {@code +03:00}), or without one, with a
 * {@code T} or a space ({@code 2014-04-01 00:00:00}), or a bare date; a time without a zone is UTC;</li>
 * <li>values: numbers, decimals rounded to the nearest count; never negative;</li>
 * <li>fields may be quoted; blank lines are skipped; the first line is a header when its first field is no
 * timestamp.</li>
 * </ul>
 */
final class CountCsv {

    /** A line that cannot be read, with its number (from 1) for the message. */
    static final class BadLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        BadLineException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    record Row(long line, Instant time, long count) {
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CountCsv() {
    }

    /**
     * The row on this line; empty for a blank line, or a header when {@code first} (the first non-blank line).
     */
    static Optional<Row> parse(String text, long line, boolean first) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String[] fields = text.split(",", -1);
        if (fields.length != 2) {
            throw new BadLineException(line, "expected timestamp,value but found " + fields.length + " field(s): "
                    + abbreviate(text));
        }
        String stamp = unquote(fields[0]);
        Optional<Instant> time = time(stamp);
        if (time.isEmpty()) {
            if (first) {
                return Optional.empty();
            }
            throw new BadLineException(line, "not a timestamp: '" + abbreviate(stamp) + "'");
        }
        return Optional.of(new Row(line, time.get(), count(unquote(fields[1]), line)));
    }

    static Optional<Instant> time(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            // Next form.
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // Next form.
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    private static long count(String text, long line) {
        // Decimal notation only: Java would also take "NaN", "0x1p3" or "3f".
        if (!NUMBER.matcher(text).matches()) {
            throw new BadLineException(line, "not a number: '" + abbreviate(text) + "'");
        }
        double value = Double.parseDouble(text);
        if (value < 0 || value > Long.MAX_VALUE / 2.0) {
            throw new BadLineException(line, "not a count (finite, not negative): '" + abbreviate(text) + "'");
        }
        return Math.round(value);
    }

    private static String unquote(String field) {
        String trimmed = field.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
