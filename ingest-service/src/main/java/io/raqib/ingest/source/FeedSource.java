package io.raqib.ingest.source;

import java.net.URI;
import java.time.Duration;

/**
 * A feed the desk follows, as configured (validated by {@link FeedSourceReader}).
 *
 * @param name         unique; the {@code source} of every article it brings, and the metric tag
 * @param url          the feed's http(s) URL
 * @param pollInterval how often it is polled (before jitter and back-off)
 * @param language     ISO 639 code the outlet writes in, a hint for the language detector; null when unknown
 * @param enabled      a disabled feed stays configured but is not polled
 * @param maxItems     at most this many items of each poll are read (the feed's first, usually newest); null for
 *                     the service's default
 */
public record FeedSource(String name, URI url, Duration pollInterval, String language, boolean enabled,
        Integer maxItems) {

    public int maxItemsOr(int fallback) {
        return maxItems != null ? maxItems : fallback;
    }
}
