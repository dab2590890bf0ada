package io.raqib.ingest.feed;

/**
 * A string on an article page that may hold its date, exactly as the page wrote it; parsing it is the caller's
 * business.
 *
 * @param source where it was found: "meta article:published_time", "json-ld datePublished",
 *               "itemprop datePublished", "time datetime"...
 * @param value  the string as written ("2024-05-12T09:30:00+03:00", "12/05/2024"...)
 * @param kind   whether the source says publication, modification or just "a date"
 */
public record DateCandidate(String source, String value, Kind kind) {

    public enum Kind { PUBLISHED, MODIFIED, UNSPECIFIED }
}
