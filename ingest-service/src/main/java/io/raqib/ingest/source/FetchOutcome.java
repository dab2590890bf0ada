package io.raqib.ingest.source;

import java.util.Locale;

/** How a fetch (and, for a feed, its parse) ended: the {@code outcome} tag of the fetch metrics. */
public enum FetchOutcome {
    OK,
    /** 304: the feed has not changed since the last poll. */
    NOT_MODIFIED,
    /** Any other status than 2xx, 304 or a followed redirect. */
    HTTP_ERROR,
    /** Connecting, or the whole response, took longer than the configured timeout. */
    TIMEOUT,
    /** Refused, not resolvable, reset: no HTTP answer. */
    CONNECTION_FAILED,
    /** The body (or what it decompresses to) is larger than the cap; the rest was not read. */
    TOO_LARGE,
    /** A content encoding we did not ask for, or a gzip/deflate stream that is corrupt. */
    BAD_ENCODING,
    /** More redirects than allowed, or a redirect without a usable Location. */
    BAD_REDIRECT,
    /** Not http(s), or a host resolving to a loopback, private, link-local … address (the SSRF guard). */
    REFUSED_ADDRESS,
    /** Not well-formed XML, or empty. */
    MALFORMED,
    /** A DOCTYPE: DTDs carry external entities (XXE) and entity bombs, so none is read. */
    DTD_REFUSED,
    /** Readable, but an HTML page or other XML rather than RSS or Atom. */
    NOT_A_FEED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
