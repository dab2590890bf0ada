package io.raqib.ingest.dates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds when an article was published: from its feed entry, its page metadata or its text.
 *
 * <p>A value without a zone is read in the zone the caller gives (the outlet's home zone, e.g. Asia/Baghdad).
 * A date without a time is 00:00 in that zone and is not approximate; relative phrases ("قبل ساعتين") are
 * anchored at the fetch time and are approximate. Stateless and thread-safe.
 */
public final class PublicationDates {

    private final FieldDateParser fields = new FieldDateParser();
    private final TextDateFinder text = new TextDateFinder();

    /** An RSS {@code pubDate} or Atom timestamp; a value without a zone is read as UTC. */
    public Optional<PublicationDate> fromFeed(String value) {
        return fromFeed(value, ZoneOffset.UTC);
    }

    /** An RSS {@code pubDate} (RFC 822, also its common broken forms) or an Atom ISO-8601 timestamp. */
    public Optional<PublicationDate> fromFeed(String value, ZoneId defaultZone) {
        return fields.parse(value, Objects.requireNonNull(defaultZone, "defaultZone"), PublicationDate.Source.FEED);
    }

    /** A metadata value; a value without a zone is read as UTC. */
    public Optional<PublicationDate> fromMetadata(String value) {
        return fromMetadata(value, ZoneOffset.UTC);
    }

    /**
     * A metadata value: {@code article:published_time}, JSON-LD {@code datePublished}, {@code <time datetime>}
     * and the like: ISO 8601, "2019-03-03 08:00", "03/03/2019" (day first), epoch seconds, or a written date.
     */
    public Optional<PublicationDate> fromMetadata(String value, ZoneId defaultZone) {
        return fields.parse(value, Objects.requireNonNull(defaultZone, "defaultZone"), PublicationDate.Source.METADATA);
    }

    /**
     * The publication date written in an article's text: the first dateline near the top (see
     * {@link TextDateFinder} for the rule), absolute or relative to {@code fetchedAt}. Years before 1990 or
     * after the year following the fetch, and moments more than two days after the fetch, are not dates here.
     */
    public Optional<PublicationDate> fromText(String text, Instant fetchedAt, ZoneId defaultZone) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return this.text.find(text, fetchedAt, defaultZone);
    }

    /**
     * The most trustworthy date available: the feed's, else the first usable metadata value, else the text's.
     * A feed or metadata date more than two days after {@code fetchedAt} is dropped (a wrong clock, or the date
     * of a scheduled event) and the next source is tried. {@link PublicationDate#source()} says which won.
     * Any argument but {@code fetchedAt} and {@code zone} may be null.
     */
    public Optional<PublicationDate> best(String feedValue, List<String> metadataValues, String text,
            Instant fetchedAt, ZoneId zone) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(zone, "zone");
        Plausibility plausibility = Plausibility.fetchedAt(fetchedAt, zone);
        Optional<PublicationDate> feed = fromFeed(feedValue, zone).filter(date -> plausibility.accepts(date.instant()));
        if (feed.isPresent()) {
            return feed;
        }
        for (String value : metadataValues == null ? List.<String>of() : metadataValues) {
            Optional<PublicationDate> metadata = fromMetadata(value, zone)
                    .filter(date -> plausibility.accepts(date.instant()));
            if (metadata.isPresent()) {
                return metadata;
            }
        }
        return fromText(text, fetchedAt, zone);
    }
}
