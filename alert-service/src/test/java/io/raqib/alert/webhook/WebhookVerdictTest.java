package io.raqib.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookVerdictTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void twoHundredsAreDelivered(int status) {
        assertInstanceOf(Verdict.Delivered.class, Verdict.ofStatus(status, Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void theseMayPassLater(int status) {
        Verdict.Failed failed = failed(Verdict.ofStatus(status, Optional.empty()));
        assertTrue(failed.retryable());
        assertEquals(OptionalInt.of(status), failed.status());
        assertInstanceOf(ReceiverRefused.class, failed.error());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 410, 413, 422, 301, 302, 307})
    void theseWillNotChange(int status) {
        assertFalse(failed(Verdict.ofStatus(status, Optional.empty())).retryable());
    }

    @Test
    void retryAfterCountsOnlyOn429And503() {
        Optional<Duration> minute = Optional.of(Duration.ofMinutes(1));
        assertEquals(minute, failed(Verdict.ofStatus(429, minute)).retryAfter());
        assertEquals(minute, failed(Verdict.ofStatus(503, minute)).retryAfter());
        assertEquals(Optional.empty(), failed(Verdict.ofStatus(500, minute)).retryAfter());
    }

    @Test
    void noAnswerIsWorthAnotherTry() {
        Verdict.Failed timeout = failed(Verdict.ofError(new HttpTimeoutException("request timed out")));
        assertTrue(timeout.retryable());
        assertEquals(OptionalInt.empty(), timeout.status());
        assertTrue(failed(Verdict.ofError(new ConnectException("Connection refused"))).retryable());
    }

    private static Verdict.Failed failed(Verdict verdict) {
        return assertInstanceOf(Verdict.Failed.class, verdict);
    }
}
