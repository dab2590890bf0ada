package io.raqib.ingest.source;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;

/** One followed feed at runtime: its definition, health, memory of items, validators and next scheduled poll. */
final class FeedTrack {

    final FeedSource feed;
    final SourceHealth health;
    final SeenItems seen;
    /** Held while the feed is polled: one poll of a feed at a time. */
    final ReentrantLock polling = new ReentrantLock();
    private volatile Validators validators = Validators.NONE;
    private ScheduledFuture<?> next;
    private boolean stopped;

    FeedTrack(FeedSource feed, SourceHealth health, SeenItems seen) {
        this.feed = feed;
        this.health = health;
        this.seen = seen;
    }

    Validators validators() {
        return validators;
    }

    void validators(Validators validators) {
        this.validators = validators;
    }

    synchronized boolean stopped() {
        return stopped;
    }

    /** Sets the next poll unless the feed was removed meanwhile; the previous one, if still pending, is dropped. */
    synchronized void next(ScheduledFuture<?> future) {
        cancelNext();
        if (stopped) {
            future.cancel(false);
        } else {
            next = future;
        }
    }

    synchronized void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    synchronized void stop() {
        stopped = true;
        cancelNext();
    }
}
