package io.raqib.ingest.dedup;

/** A URL that cannot name an article: not http(s), no host, or malformed. The message says which. */
public final class UnsupportedUrlException extends IllegalArgumentException {

    private final String url;

    public UnsupportedUrlException(String url, String reason) {
        super(reason + ": " + url);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
