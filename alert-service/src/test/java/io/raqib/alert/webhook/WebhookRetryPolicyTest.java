package io.raqib.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WebhookRetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(30));
    /** nextDouble() = 0 and just under 1: the ends of the jitter. */
    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    @Test
    void doublesFromTheInitialDelayUpToTheMaximum() {
        List<Long> highest = IntStream.rangeClosed(2, 8)
                .mapToObj(n -> POLICY.delayBefore(n, Optional.empty(), HIGHEST).toMillis()).toList();
        assertEquals(List.of(999L, 1999L, 3999L, 7999L, 15999L, 29999L, 29999L), highest);
    }

    @Test
    void jitterKeepsTheUpperHalf() {
        assertEquals(Duration.ofMillis(500), POLICY.delayBefore(2, Optional.empty(), LOWEST));
        assertEquals(Duration.ofSeconds(4), POLICY.delayBefore(5, Optional.empty(), LOWEST));
        assertEquals(Duration.ofSeconds(15), POLICY.delayBefore(8, Optional.empty(), LOWEST));
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            Duration d = POLICY.delayBefore(4, Optional.empty(), random);
            assertTrue(d.compareTo(Duration.ofSeconds(2)) >= 0 && d.compareTo(Duration.ofSeconds(4)) < 0, d.toString());
        }
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        assertEquals(Duration.ofSeconds(15), POLICY.delayBefore(200, Optional.empty(), LOWEST));
    }

    @Test
    void retryAfterIsALowerBoundUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(20), POLICY.delayBefore(2, Optional.of(Duration.ofSeconds(20)), LOWEST));
        assertEquals(Duration.ofSeconds(30), POLICY.delayBefore(2, Optional.of(Duration.ofHours(1)), LOWEST));
        assertEquals(Duration.ofSeconds(4), POLICY.delayBefore(5, Optional.of(Duration.ofSeconds(1)), LOWEST),
                "a shorter Retry-After does not hurry the back-off");
    }

    @Test
    void longestDeliveryIsEveryCallFailingSlowlyWithTheLongestWaits() {
        assertEquals(Duration.ofSeconds(8 * 15 + 7 * 30), POLICY.longestDelivery(Duration.ofSeconds(15)));
    }

    @Test
    void nonsenseIsRefusedWithThePropertyName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertTrue(e.getMessage().contains("retry.attempts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayBefore(1, Optional.empty(), LOWEST));
    }
}
