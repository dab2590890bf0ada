package io.raqib.alert.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a call is repeated: exponential back-off from {@code initialDelay}, doubling up to
 * {@code maxDelay}, with jitter so that many alerts failing together do not come back together.
 *
 * @param attempts calls per alert, the first included
 */
record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay) {

    RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("raqib.alert.webhooks.retry.attempts must be at least 1, got "
                    + attempts);
        }
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("raqib.alert.webhooks.retry.initial-delay must be positive, got "
                    + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("raqib.alert.webhooks.retry.max-delay (" + maxDelay
                    + ") must not be shorter than initial-delay (" + initialDelay + ")");
        }
    }

    /**
     * The wait before call number {@code attempt} (2 or more). Without jitter it would be
     * initialDelay × 2^(attempt-2), at most maxDelay; the jitter draws it from the upper half of that, [d/2, d). A
     * receiver's Retry-After is honoured as a lower bound, up to maxDelay.
     */
    Duration delayBefore(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        if (attempt < 2) {
            throw new IllegalArgumentException("no wait before the first call");
        }
        Duration backOff = initialDelay.multipliedBy(1L << Math.min(attempt - 2, 30));
        Duration ceiling = backOff.compareTo(maxDelay) > 0 ? maxDelay : backOff;
        long ceilingNanos = ceiling.toNanos();
        long half = ceilingNanos / 2;
        Duration jittered = Duration.ofNanos(half + (long) (random.nextDouble() * (ceilingNanos - half)));
        Duration wanted = retryAfter.filter(asked -> asked.compareTo(jittered) > 0).orElse(jittered);
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }

    /** The longest one alert can take, when every call takes {@code perCall} and fails. */
    Duration longestDelivery(Duration perCall) {
        return perCall.multipliedBy(attempts).plus(maxDelay.multipliedBy(attempts - 1L));
    }
}
