package io.raqib.ingest.source;

import java.time.Instant;

/**
 * One source as {@code GET /api/sources} shows it: a feed, or a channel (api, folder) with its counts only.
 *
 * @param kind                "feed" or "channel"
 * @param interval            the poll interval, ISO-8601; null for a channel
 * @param state               ok, backing_off (failed lately, polled less often), failing (failed at least
 *                            raqib.ingest.feeds.failing-after times in a row) or disabled
 * @param lastError           the last thing that went wrong, the feed's or one item's; null if nothing has
 * @param consecutiveFailures failed polls since the last successful one
 * @param itemsSeen           items read from the feed, at every poll
 * @param itemsNew            items not met before by this poller
 * @param itemsPublished      articles put on articles.raw (new stories, and known stories from another outlet)
 * @param duplicates          items the dedup gate knew: the same article, or the same story from another outlet
 * @param errors              failed polls, refused items and failed article-page fetches
 */
public record SourceStatus(String name, String kind, String url, String interval, boolean enabled, String language,
        Integer maxItems, String state, Instant lastAttempt, Instant lastSuccess, LastError lastError,
        int consecutiveFailures, Instant nextPoll, long itemsSeen, long itemsNew, long itemsPublished,
        long duplicates, long errors) {

    public record LastError(Instant time, String message) {
    }
}
