package io.raqib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void aBurstUpToTheLimitPassesThenTheCallerWaits() {
        RateLimit fivePerSecond = RateLimit.parse("5/s");
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.acquire("key:feeder", fivePerSecond));
        }
        assertEquals(1, limiter.acquire("key:feeder", fivePerSecond));
        assertEquals(0, limiter.acquire("key:other", fivePerSecond), "each caller has its own bucket");

        now.addAndGet(Duration.ofMillis(200).toNanos()); // one request's worth refilled
        assertEquals(0, limiter.acquire("key:feeder", fivePerSecond));
        assertEquals(1, limiter.acquire("key:feeder", fivePerSecond));
    }

    @Test
    void aSlowRateSaysHowLongToWait() {
        RateLimit twoPerMinute = RateLimit.parse("2/m");
        limiter.acquire("a", twoPerMinute);
        limiter.acquire("a", twoPerMinute);
        assertEquals(30, limiter.acquire("a", twoPerMinute));
    }

    @Test
    void noLimitIsNoLimit() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, limiter.acquire("a", RateLimit.parse("none")));
        }
    }

    @ParameterizedTest
    @CsvSource({"100/s, 100, PT1S", "600/m, 600, PT1M", "10000 / h, 10000, PT1H"})
    void ratesAreWrittenPerSecondMinuteOrHour(String text, long requests, Duration per) {
        assertEquals(new RateLimit(requests, per), RateLimit.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "/s", "x/s", "10/d", "0/s"})
    void anUnreadableRateIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse(text));
    }
}
