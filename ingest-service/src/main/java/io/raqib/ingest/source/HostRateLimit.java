package io.raqib.ingest.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Politeness: at most one request per host per interval, shared by every feed and article page on that host. Each
 * caller reserves the host's next free slot and sleeps until it comes, so requests to one host are spaced out
 * while requests to other hosts go ahead. Thread-safe.
 */
public final class HostRateLimit {

    /** Sleeps; a test records the sleeps instead of waiting them out. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** Hosts whose slot is long past are forgotten once the table grows beyond this. */
    private static final int PRUNE_ABOVE = 1024;

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new HashMap<>();

    public HostRateLimit(Duration interval) {
        this(interval, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    HostRateLimit(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Waits for this host's turn. */
    public void acquire(String host) throws InterruptedException {
        long wait = reserve(host.toLowerCase(Locale.ROOT));
        if (wait > 0) {
            sleeper.sleep(wait);
        }
    }

    /** Takes the host's next slot; returns how long until it comes. */
    private synchronized long reserve(String host) {
        long now = nanoTime.getAsLong();
        if (nextSlot.size() > PRUNE_ABOVE) {
            nextSlot.values().removeIf(slot -> slot - now < 0);
        }
        Long next = nextSlot.get(host);
        long slot = next == null || next - now < 0 ? now : next;
        nextSlot.put(host, slot + intervalNanos);
        return slot - now;
    }
}
