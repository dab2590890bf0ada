package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.raqib.ingest.feed.FeedItem;

class ItemKeysTest {

    private static FeedItem item(String title, String link, String id, String summary) {
        return new FeedItem(title, link, id, null, null, summary, null, null, List.of());
    }

    @Test
    void aGuidIsTheKey() {
        assertEquals("tag:shafaq.example,2024:88213",
                ItemKeys.of(item("عنوان", "https://shafaq.example/a/1", " tag:shafaq.example,2024:88213 ", null)));
    }

    @Test
    void aLinkIsCanonicalisedSoTrackingParametersAndFragmentsDoNotMakeANewItem() {
        String plain = ItemKeys.of(item("عنوان", null, "https://shafaq.example/ar/أمن/88213", null));
        assertEquals(plain, ItemKeys.of(item("عنوان", null, "https://shafaq.example/ar/أمن/88213?utm_source=rss#comments", null)));
        assertEquals(plain, ItemKeys.of(item("عنوان", null, "https://www.shafaq.example/ar/أمن/88213", null)));
        assertNotEquals(plain, ItemKeys.of(item("عنوان", null, "https://shafaq.example/ar/أمن/88214", null)));
    }

    @Test
    void withoutIdOrLinkTheTextIsTheKey() {
        String key = ItemKeys.of(item("اشتباك في البادية", null, null, "نص الخبر"));
        assertTrue(key.startsWith("text:"));
        assertEquals(key, ItemKeys.of(item("اشتباك في البادية", null, null, "نص الخبر")));
        assertNotEquals(key, ItemKeys.of(item("اشتباك في البادية", null, null, "نص آخر")));
    }

    @Test
    void seenItemsForgetTheLeastRecentlyMetBeyondTheirCapacity() {
        SeenItems seen = new SeenItems(3);
        seen.add("a");
        seen.add("b");
        seen.add("c");
        assertTrue(seen.meet("a")); // still in the feed: met again, kept
        seen.add("d");
        assertEquals(3, seen.size());
        assertFalse(seen.meet("b"));
        assertTrue(seen.meet("a"));
        assertTrue(seen.meet("c"));
        assertTrue(seen.meet("d"));
    }
}
