package io.raqib.ingest.dates;

import java.time.Instant;
import java.util.Objects;

/**
 * When an article was published, and the evidence for it.
 *
 * @param instant     the moment; a date without a time of day is 00:00 in the zone the caller gave
 * @param approximate true when the moment is an estimate: relative forms ("قبل ساعتين", "yesterday") and
 *                    times whose zone name we could not read. A plain date without a time is NOT approximate:
 *                    the day is exact, only the hour is unknown, and callers who need the day can trust it
 * @param matchedText the characters the moment was read from, exactly as they appear in the input
 * @param start       index of the first of those characters in the input (feed value, metadata value or text)
 * @param end         index just past the last of them
 * @param source      which kind of input the moment came from
 */
public record PublicationDate(Instant instant, boolean approximate, String matchedText, int start, int end,
        Source source) {

    /** Where a publication date was found, most trustworthy first. */
    public enum Source {
        /** An RSS {@code pubDate} or Atom {@code published}/{@code updated} value. */
        FEED,
        /** A page metadata value: a meta tag, JSON-LD {@code datePublished}, a {@code time} element. */
        METADATA,
        /** A date written out in the article text (dateline, byline). */
        TEXT,
        /** A phrase in the text relative to the fetch time ("قبل 3 ساعات", "أمس", "2 days ago"). */
        RELATIVE
    }

    public PublicationDate {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(source, "source");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
