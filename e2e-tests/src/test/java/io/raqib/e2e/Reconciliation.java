package io.raqib.e2e;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What came out against what ingest acknowledged, key by key: {@code in} records owed, {@code out} records read,
 * {@code duplicates} read beyond what ingest wrote to articles.raw, {@code lost} owed but never read, {@code unowed}
 * records of articles ingest wrote without acknowledging them (a request that got no answer, or a 503 whose write
 * landed after all: not an error, the client was never told either way).
 *
 * <p>Duplicates are counted against articles.raw, not against the acknowledgements: a near-duplicate is republished
 * under its original's id, and when the request that carried it got no answer, that second record is ingest's, not
 * a replay of the stream.
 */
record Reconciliation(long in, long out, long duplicates, long lost, long unowed) {

    /** Everything ingest acknowledged to the load against everything the watch read so far. */
    static Reconciliation of(SteadyLoad load, OutputWatch watch) {
        return of(load.owed(), watch.rawCounts(), watch.enrichedCounts());
    }

    /**
     * @param owed    records acknowledged per key
     * @param written records on articles.raw per key
     * @param seen    records read from articles.enriched per key
     */
    static Reconciliation of(Map<String, Integer> owed, Map<String, Integer> written, Map<String, Integer> seen) {
        long in = 0;
        long out = 0;
        long duplicates = 0;
        long lost = 0;
        long unowed = 0;
        Set<String> keys = new HashSet<>(owed.keySet());
        keys.addAll(seen.keySet());
        for (String key : keys) {
            int expected = owed.getOrDefault(key, 0);
            int allowed = Math.max(expected, written.getOrDefault(key, 0));
            int read = seen.getOrDefault(key, 0);
            in += expected;
            out += read;
            duplicates += Math.max(0, read - allowed);
            lost += Math.max(0, expected - read);
            unowed += Math.max(0, Math.min(read, allowed) - expected);
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
