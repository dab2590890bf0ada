package io.raqib.ingest.source;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The keys of the items of one feed already handled, the least recently met forgotten beyond a capacity. Items still
 * in the feed are met again at every poll and so stay; a forgotten one that comes back is stopped by the dedup gate.
 * Held in memory: after a restart the first poll offers every item again and the dedup gate, restored from
 * {@code ingest.dedup}, answers exact_duplicate for each.
 */
final class SeenItems {

    private final int capacity;
    private final LinkedHashSet<String> keys = new LinkedHashSet<>();

    SeenItems(int capacity) {
        this.capacity = capacity;
    }

    /** Whether the key is known; if so, it counts as just met. */
    synchronized boolean meet(String key) {
        if (keys.remove(key)) {
            keys.add(key);
            return true;
        }
        return false;
    }

    synchronized void add(String key) {
        keys.remove(key);
        keys.add(key);
        for (Iterator<String> oldest = keys.iterator(); keys.size() > capacity; ) {
            oldest.next();
            oldest.remove();
        }
    }

    synchronized int size() {
        return keys.size();
    }
}
