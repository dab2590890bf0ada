package io.raqib.ingest.source;

import java.time.Duration;

/**
 * When to try a failing feed again: twice its interval after the first failure, doubling with each further one, up
 * to a cap (but never sooner than the feed's own interval); a server's Retry-After (429, 503) is a floor, itself
 * capped so a bogus header cannot silence a feed for a year. A success resets the count (the poller's business).
 */
public final class Backoff {

    /** Retry-After values above this are read as this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final Duration maxDelay;

    public Backoff(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    /**
     * @param interval            the feed's poll interval
     * @param consecutiveFailures failures in a row, this one included (at least 1)
     * @param retryAfter          what the server asked for, or null
     */
    public Duration delay(Duration interval, int consecutiveFailures, Duration retryAfter) {
        Duration cap = maxDelay.compareTo(interval) > 0 ? maxDelay : interval;
        // 2^20 intervals exceed any sensible cap: no need to compute further (and overflow).
        int doublings = Math.min(Math.max(consecutiveFailures, 1), 20);
        Duration delay = interval.multipliedBy(1L << doublings);
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        if (retryAfter != null && !retryAfter.isNegative()) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return delay;
    }
}
