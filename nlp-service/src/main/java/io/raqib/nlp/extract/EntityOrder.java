package io.raqib.nlp.extract;

import java.util.List;

import io.raqib.schemas.Entity;

/** Lookups in a list of entities sorted by start, by binary search: attribution and people ask per token. */
final class EntityOrder {

    private EntityOrder() {
    }

    /** The index of the first entity starting at or after {@code offset}; the size when none does. */
    static int firstStartingAt(List<Entity> entities, int offset) {
        int low = 0;
        int high = entities.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entities.get(mid).getStart() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
