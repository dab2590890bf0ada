package io.raqib.ingest.source;

/** A change that contradicts what is there: a name already taken, a channel that cannot be removed. */
public class SourceConflictException extends RuntimeException {

    public SourceConflictException(String message) {
        super(message);
    }
}
