package io.raqib.ingest.dedup;

/**
 * Locality-sensitive hashing of a MinHash sketch: the sketch cut into {@code bands} runs of {@code rows} values,
 * each run hashed to one key. Two texts share at least one key with probability {@code 1 - (1 - J^rows)^bands},
 * an S-curve in their Jaccard similarity J: near-certain for near-duplicates, negligible for unrelated texts. Only
 * texts that share a key are compared, so a lookup costs a handful of comparisons, not one per remembered article.
 */
final class LshBands {

    private final int bands;
    private final int rows;

    LshBands(int bands, int rows) {
        if (bands < 1 || rows < 1 || bands * rows > MinHash.SIZE) {
            throw new IllegalArgumentException(
                    "bands x rows must fit in the " + MinHash.SIZE + " sketch values: " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    int[] keys(TextFingerprint fingerprint) {
        int[] keys = new int[bands];
        for (int band = 0; band < bands; band++) {
            long hash = band; // the band number is part of the key: equal values in different bands mean nothing
            for (int row = 0; row < rows; row++) {
                hash = Hashing.combine(hash, fingerprint.minHashAt(band * rows + row));
            }
            keys[band] = (int) (hash ^ (hash >>> 32));
        }
        return keys;
    }

    /** Probability that two texts of Jaccard similarity {@code jaccard} become candidates. */
    double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }
}
