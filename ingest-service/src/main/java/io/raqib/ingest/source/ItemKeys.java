package io.raqib.ingest.source;

import io.raqib.ingest.dedup.TextFingerprint;
import io.raqib.ingest.dedup.UrlCanonicalizer;
import io.raqib.ingest.feed.FeedItem;

/**
 * What identifies an item within its feed across polls: its guid / Atom id, else its link (the parser already falls
 * back to it). A key that is a URL is canonicalised, so the same link with {@code ?utm_source=rss} or another
 * fragment is the same item. An item with neither is keyed by its title and text.
 */
final class ItemKeys {

    private ItemKeys() {
    }

    static String of(FeedItem item) {
        String id = item.id() != null ? item.id().strip() : "";
        if (!id.isEmpty()) {
            return UrlCanonicalizer.canonicalize(id).orElse(id);
        }
        return "text:" + TextFingerprint.sha256(item.title() + "\n" + item.text());
    }
}
