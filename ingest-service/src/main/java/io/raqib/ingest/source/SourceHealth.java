package io.raqib.ingest.source;

import java.time.Instant;

/** What one feed's polls have come to: times, the last error, failures in a row, item counts. Thread-safe. */
final class SourceHealth {

    private final int failingAfter;
    private Instant lastAttempt;
    private Instant lastSuccess;
    private SourceStatus.LastError lastError;
    private int consecutiveFailures;
    private Instant nextPoll;
    private long itemsSeen;
    private long itemsNew;
    private long itemsPublished;
    private long duplicates;
    private long errors;

    /** @param failingAfter failures in a row from which the state is failing rather than backing_off */
    SourceHealth(int failingAfter) {
        this.failingAfter = failingAfter;
    }

    synchronized void attempt(Instant at) {
        lastAttempt = at;
    }

    synchronized void success(Instant at) {
        lastSuccess = at;
        consecutiveFailures = 0;
    }

    /** The poll failed: the feed could not be read, or its articles not published. */
    synchronized void failure(Instant at, String message) {
        consecutiveFailures++;
        error(at, message);
    }

    /** Something went wrong that does not make the poll fail: a refused item, a page that could not be read. */
    synchronized void error(Instant at, String message) {
        lastError = new SourceStatus.LastError(at, message);
        errors++;
    }

    synchronized void counted(int seen, int fresh, int published, int duplicate) {
        itemsSeen += seen;
        itemsNew += fresh;
        itemsPublished += published;
        duplicates += duplicate;
    }

    synchronized void nextPoll(Instant at) {
        nextPoll = at;
    }

    synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    synchronized SourceStatus snapshot(FeedSource feed) {
        String state = !feed.enabled() ? "disabled" : consecutiveFailures == 0 ? "ok"
                : consecutiveFailures < failingAfter ? "backing_off" : "failing";
        return new SourceStatus(feed.name(), "feed", feed.url().toString(), feed.pollInterval().toString(),
                feed.enabled(), feed.language(), feed.maxItems(), state, lastAttempt, lastSuccess, lastError,
                consecutiveFailures, feed.enabled() ? nextPoll : null, itemsSeen, itemsNew, itemsPublished,
                duplicates, errors);
    }
}
