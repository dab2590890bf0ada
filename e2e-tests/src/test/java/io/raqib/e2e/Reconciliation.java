package io.raqib.e2e;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What came out against what ingest acknowledged, key by key: {@code in} records owed, {@code out} records read,
 * {@code duplicates} read beyond what was owed, {@code lost} owed but never read, {@code unowed} records of keys
 * never acknowledged (a request that got no answer may still have been written: not an error).
 */
record Reconciliation(long in, long out, long duplicates, long lost, long unowed) {

    static Reconciliation of(Map<String, Integer> owed, Map<String, Integer> seen) {
        long in = 0;
        long out = 0;
        long duplicates = 0;
        long lost = 0;
        long unowed = 0;
        Set<String> keys = new HashSet<>(owed.keySet());
        keys.addAll(seen.keySet());
        for (String key : keys) {
            int expected = owed.getOrDefault(key, 0);
            int read = seen.getOrDefault(key, 0);
            in += expected;
            out += read;
            if (expected == 0) {
                unowed += read;
            } else {
                duplicates += Math.max(0, read - expected);
                lost += Math.max(0, expected - read);
            }
        }
        return new Reconciliation(in, out, duplicates, lost, unowed);
    }

    boolean complete() {
        return lost == 0;
    }

    @Override
    public String toString() {
        return "in " + in + ", out " + out + ", duplicates " + duplicates + ", lost " + lost + ", unacknowledged but "
                + "written " + unowed;
    }
}
