package io.raqib.ingest.source;

import java.time.Duration;

/**
 * Limits of every HTTP request the service makes to the outside (raqib.ingest.fetch.*).
 *
 * @param connectTimeout       to open the connection
 * @param requestTimeout       for one request, from sending it to the last byte of the body (each redirect hop
 *                             has its own)
 * @param maxBytes             the body as sent, possibly compressed; one byte more and it is refused unread
 * @param maxDecompressedBytes what a gzip/deflate body may inflate to (decompression bombs)
 * @param maxRedirects         redirects followed, each hop checked like the first request
 * @param userAgent            how the service introduces itself to the outlets
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, long maxBytes,
        long maxDecompressedBytes, int maxRedirects, String userAgent) {
}
