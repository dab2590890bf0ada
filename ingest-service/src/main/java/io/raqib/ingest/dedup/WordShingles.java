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
        return hashes(words.stream().mapToLong(Hashing::of).toArray(), size);
    }

    /**
     * The same from the words of a {@linkplain ArabicTextNormalizer#normalize normalised} text (single spaces
     * between words), hashed in place: no string per word.
     */
    static long[] hashes(String normalized, int size) {
        if (normalized.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[16];
        int count = 0;
        for (int start = 0; start <= normalized.length(); ) {
            int end = normalized.indexOf(' ', start);
            end = end < 0 ? normalized.length() : end;
            if (count == wordHashes.length) {
                wordHashes = Arrays.copyOf(wordHashes, 2 * count);
            }
            wordHashes[count++] = Hashing.of(normalized, start, end);
            start = end + 1;
        }
        return hashes(Arrays.copyOf(wordHashes, count), size);
    }

    private static long[] hashes(long[] wordHashes, int size) {
        if (wordHashes.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, wordHashes.length - size + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = size;
            for (int k = start; k < Math.min(start + size, wordHashes.length); k++) {
                hash = Hashing.combine(hash, wordHashes[k]);
            }
            shingles[start] = hash;
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return distinct == shingles.length ? shingles : Arrays.copyOf(shingles, distinct);
    }
}
