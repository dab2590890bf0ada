package io.raqib.ingest.dedup;

import java.util.Arrays;
import java.util.List;

/** The set of overlapping k-word windows of a text, each as a 64-bit hash. */
final class WordShingles {

    private WordShingles() {
    }

    /**
     * Distinct shingle hashes, sorted. A text shorter than one shingle is one shingle of all its words, so a
     * two-word flash still has a sketch; an empty text has none.
     */
    static long[] hashes(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Hashing::of).toArray();
        int count = Math.max(1, wordHashes.length - size + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = size;
            for (int k = start; k < Math.min(start + size, wordHashes.length); k++) {
                hash = Hashing.combine(hash, wordHashes[k]);
            }
            shingles[start] = hash;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }
}
