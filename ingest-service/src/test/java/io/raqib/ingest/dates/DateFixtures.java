package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The fixed clock and zone every date test reads against. */
final class DateFixtures {

    /** Tuesday 5 March 2019, 15:00 in Baghdad. */
    static final Instant FETCHED = Instant.parse("2019-03-05T12:00:00Z");
    /** UTC+3 all year (Iraq dropped daylight saving in 2008), so expectations are easy to check by hand. */
    static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    static final PublicationDates DATES = new PublicationDates();

    private DateFixtures() {
    }

    /** A wall-clock time in Baghdad, "2019-03-03T08:00", as an instant. */
    static Instant baghdad(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant();
    }
}
