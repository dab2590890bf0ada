package io.raqib.ingest.source;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How feeds are polled (raqib.ingest.feeds.*).
 *
 * @param threads          poller threads shared by all feeds
 * @param defaultMaxItems  items read per poll of a feed that sets no maxItems
 * @param rememberedItems  item keys remembered per feed (at least twice its maxItems are kept)
 * @param summaryMaxChars  an item with no full content and a summary shorter than this gets its text from the
 *                         article page
 * @param maxBackoff       the longest wait between polls of a failing feed (never less than its interval)
 * @param failingAfter     failures in a row from which a feed's state is failing rather than backing_off
 * @param zone             where dates without a zone are read (raqib.ingest.zone)
 */
public record PollSettings(int threads, int defaultMaxItems, int rememberedItems, int summaryMaxChars,
        Duration maxBackoff, int failingAfter, ZoneId zone) {
}
