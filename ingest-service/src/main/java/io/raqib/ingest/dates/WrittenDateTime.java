package io.raqib.ingest.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A date as it was written, before a zone is chosen: the calendar day, perhaps a time of day, perhaps a zone.
 *
 * @param date            the calendar day
 * @param time            the time of day, or null when only the day was written
 * @param zone            the zone written with it, or null when none was (or it was not understood)
 * @param zoneUnreadable  true when something zone-like was written that we could not resolve; the caller's
 *                        default zone is used and the result is marked approximate
 */
record WrittenDateTime(LocalDate date, LocalTime time, ZoneId zone, boolean zoneUnreadable) {

    static WrittenDateTime dateOnly(LocalDate date) {
        return new WrittenDateTime(date, null, null, false);
    }

    /** The calendar day, or empty when it does not exist (31 شباط, month 13). */
    static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** RSS writers who shortened the year: 90-99 are the 1990s, anything lower this century. */
    static int fullYear(int writtenYear, int digits) {
        if (digits > 2) {
            return writtenYear;
        }
        return writtenYear >= 90 ? 1900 + writtenYear : 2000 + writtenYear;
    }

    WrittenDateTime at(LocalTime timeOfDay, ZoneId writtenZone) {
        return new WrittenDateTime(date, timeOfDay, writtenZone, zoneUnreadable);
    }

    /** The instant, reading the day and time in the written zone or else in {@code defaultZone}. */
    Instant instant(ZoneId defaultZone) {
        LocalTime timeOfDay = time == null ? LocalTime.MIDNIGHT : time;
        return date.atTime(timeOfDay).atZone(zone != null ? zone : defaultZone).toInstant();
    }
}
