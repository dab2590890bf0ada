package io.raqib.ingest.dedup;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as the duplicate index sees it.
 *
 * @param id           the article's stable id (RawArticle.id)
 * @param canonicalUrl from {@link UrlCanonicalizer}; null when the article came without a usable URL
 * @param outlet       the outlet or feed (RawArticle.source); duplicates from another outlet are recorded against
 *                     the original
 * @param fingerprint  of the body. Not of the title: headlines are what republishers rewrite most, and two different
 *                     stories on one topic often share most of a headline
 * @param time         when the article arrived (RawArticle.fetchedAt). Prefer fetch time to publication time: the
 *                     horizon is measured back from the newest time seen, and one wrong publication date in the
 *                     future would otherwise make the index forget everything
 */
public record IncomingArticle(String id, String canonicalUrl, String outlet, TextFingerprint fingerprint,
        Instant time) {

    public IncomingArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article needs an id");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(time, "time");
        outlet = outlet == null ? "" : outlet.strip();
    }

    /**
     * With the body's text, fingerprinted here: on the caller's thread, so request threads sketch their articles in
     * parallel and queue at the index only for the lookups. A null text is no words.
     */
    public IncomingArticle(String id, String canonicalUrl, String outlet, String text, Instant time) {
        this(id, canonicalUrl, outlet, TextFingerprint.of(text), time);
    }

    /** With the URL as received; it is canonicalised here, and a URL that names no article counts as none. */
    public static IncomingArticle withRawUrl(String id, String url, String outlet, TextFingerprint fingerprint,
            Instant time) {
        return new IncomingArticle(id, UrlCanonicalizer.canonicalize(url).orElse(null), outlet, fingerprint, time);
    }

    /** {@link #withRawUrl(String, String, String, TextFingerprint, Instant)} with the body's text. */
    public static IncomingArticle withRawUrl(String id, String url, String outlet, String text, Instant time) {
        return withRawUrl(id, url, outlet, TextFingerprint.of(text), time);
    }
}
