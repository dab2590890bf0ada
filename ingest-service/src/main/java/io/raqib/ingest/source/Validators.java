package io.raqib.ingest.source;

/** What a conditional GET sends back: the ETag and Last-Modified of the last response read; null when absent. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
