package io.raqib.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per caller (an API key's name, or a client address for requests without a key). A bucket holds
 * at most the limit's number of requests and refills evenly over its period.
 */
public final class RateLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** @return 0 if the request may go ahead, else the seconds to wait before the next one would */
    public long acquire(String caller, RateLimit limit) {
        if (limit.unlimited()) {
            return 0;
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(limit, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(RateLimit limit, long now) {
            this.capacity = limit.requests();
            this.perNano = limit.requests() / (double) limit.per().toNanos();
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }
    }
}
