/**
 * Finds when an article was published, from a feed field ({@code pubDate}, Atom {@code published}), a page
 * metadata value ({@code article:published_time}, JSON-LD {@code datePublished}) or the article text itself
 * (datelines and bylines in Arabic or English, absolute or relative to the fetch time).
 *
 * <p>{@link io.raqib.ingest.dates.PublicationDates} is the only entry point; everything else is package-private.
 * Plain {@code java.time}, no framework, no state: one instance can be shared by every thread.
 */
package io.raqib.ingest.dates;
