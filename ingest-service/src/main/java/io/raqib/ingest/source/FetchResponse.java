package io.raqib.ingest.source;

import java.net.URI;

/**
 * A 2xx response read whole, or a 304.
 *
 * @param url         where it came from, after redirects: the base of the relative links in it
 * @param status      the HTTP status
 * @param contentType the Content-Type header (it may name the charset), or null
 * @param body        decompressed, within the caps; empty for a 304
 * @param validators  for the next conditional GET
 */
public record FetchResponse(URI url, int status, String contentType, byte[] body, Validators validators) {

    public boolean notModified() {
        return status == 304;
    }
}
