package io.raqib.ingest;

/** A submission we refuse, with a message the client can act on and the field at fault. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
