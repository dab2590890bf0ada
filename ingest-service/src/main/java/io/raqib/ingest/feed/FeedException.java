package io.raqib.ingest.feed;

/**
 * A feed we refuse to read, and why. Every failure of {@link FeedParser} ends here: nothing half-parsed is
 * returned. {@link #line()} and {@link #column()} point into the document where the parser stopped, or are -1.
 */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for metrics and for deciding whether a retry can help. */
    public enum Reason {
        /** The body is larger than the configured cap; it was not read to the end. */
        TOO_LARGE,
        /** Nothing but white space (or nothing at all). */
        EMPTY,
        /** A {@code <!DOCTYPE>}: refused, since DTDs carry external entities (XXE) and entity bombs. */
        DTD_REFUSED,
        /** Not well-formed XML. */
        MALFORMED,
        /** Well-formed, or at least recognisable, but not RSS, Atom or RDF: an HTML page, some other XML. */
        NOT_A_FEED,
        /** The input stream failed while reading. */
        READ_FAILED
    }

    private final Reason reason;
    private final int line;
    private final int column;

    public FeedException(Reason reason, String message) {
        this(reason, message, -1, -1, null);
    }

    public FeedException(Reason reason, String message, int line, int column, Throwable cause) {
        super(line > 0 ? message + " (line " + line + ", column " + column + ")" : message, cause);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
