package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofHours(1));

    @ParameterizedTest(name = "interval {0}, failure {1} → {2}")
    @CsvSource(textBlock = """
            PT5M,  1,   PT10M
            PT5M,  2,   PT20M
            PT5M,  3,   PT40M
            PT5M,  4,   PT1H
            PT5M,  9,   PT1H
            PT5M,  1000, PT1H
            PT1M,  1,   PT2M
            PT1M,  5,   PT32M
            PT1M,  6,   PT1H
            PT2H,  1,   PT2H
            PT2H,  7,   PT2H
            """)
    void doublesFromTwiceTheIntervalUpToTheCapButNeverBelowTheInterval(Duration interval, int failures,
            Duration expected) {
        assertEquals(expected, backoff.delay(interval, failures, null));
    }

    @Test
    void retryAfterIsAFloorItselfCapped() {
        Duration interval = Duration.ofMinutes(5);
        assertEquals(Duration.ofMinutes(10), backoff.delay(interval, 1, Duration.ofSeconds(30)));
        assertEquals(Duration.ofMinutes(90), backoff.delay(interval, 1, Duration.ofMinutes(90)));
        assertEquals(Duration.ofDays(1), backoff.delay(interval, 1, Duration.ofDays(365)));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2024-06-03T09:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
        assertEquals(Optional.of(Duration.ofMinutes(30)), RetryAfter.parse("Mon, 03 Jun 2024 09:30:00 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 03 Jun 2024 08:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
    }
}
