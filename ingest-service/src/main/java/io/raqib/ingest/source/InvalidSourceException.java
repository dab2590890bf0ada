package io.raqib.ingest.source;

/** A feed definition we refuse, with the field at fault ("url", "feeds[2].pollInterval") and why. */
public class InvalidSourceException extends RuntimeException {

    private final String field;

    public InvalidSourceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
