package io.raqib.ingest.source;

/** No source of that name. */
public class SourceNotFoundException extends RuntimeException {

    public SourceNotFoundException(String name) {
        super("no source named '" + name + "'");
    }
}
