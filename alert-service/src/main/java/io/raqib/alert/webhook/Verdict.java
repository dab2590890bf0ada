package io.raqib.alert.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** What one call came to, and whether calling again can help. */
sealed interface Verdict {

    /** Any 2xx. */
    record Delivered(int status) implements Verdict {
    }

    /**
     * @param error      {@link ReceiverRefused} for an answer, the I/O exception (timeout, refused connection …)
     *                   otherwise
     * @param status     the HTTP status, when there was an answer
     * @param retryAfter the wait a 429 or 503 asked for
     */
    record Failed(Exception error, OptionalInt status, boolean retryable, Optional<Duration> retryAfter)
            implements Verdict {
    }

    /**
     * 2xx: delivered. 408 (the receiver timed out), 429 (too many requests) and 5xx may pass: retry. Any other
     * status (400, 401, 403, 404, 410 …, and 3xx: redirects are not followed) will not change by asking again.
     */
    static Verdict ofStatus(int status, Optional<Duration> retryAfter) {
        if (status >= 200 && status < 300) {
            return new Delivered(status);
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        Optional<Duration> wait = status == 429 || status == 503 ? retryAfter : Optional.empty();
        return new Failed(new ReceiverRefused(status), OptionalInt.of(status), retryable, wait);
    }

    /** No answer: the connection failed or the receiver took longer than the request timeout. Worth another try. */
    static Verdict ofError(IOException error) {
        return new Failed(error, OptionalInt.empty(), true, Optional.empty());
    }
}
