package io.raqib.ingest.source;

import java.time.Duration;

/** A fetch that brought nothing usable, and why; {@link #retryAfter()} is the server's Retry-After, if it sent one. */
public class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FetchOutcome outcome;
    private final transient Duration retryAfter;

    public FetchException(FetchOutcome outcome, String message) {
        this(outcome, message, null, null);
    }

    public FetchException(FetchOutcome outcome, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
        this.retryAfter = retryAfter;
    }

    public FetchOutcome outcome() {
        return outcome;
    }

    /** The delay the server asked for (429, 503), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
