package io.raqib.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format  RSS 2.0, RSS 1.0 or Atom
 * @param title   the channel / feed title, or null
 * @param link    the site's link as the feed gives it, or null
 * @param charset the character set the bytes were decoded with
 * @param items   items in feed order; empty for a feed without items
 */
public record Feed(FeedFormat format, String title, String link, String charset, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
