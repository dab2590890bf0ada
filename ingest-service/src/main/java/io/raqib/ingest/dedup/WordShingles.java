package io.raqib.ingest.dedup;

import java.util.Arrays;
import java.util.List;

/** The set of overlapping k-word windows of a text, each as a 64-bit hash. */
final class WordShingles {

    private WordShingles() {
    }

    /**
     * Distinct shingle hashes, in the order first met. A text shorter than one shingle is one shingle of all its
     * words, so a two-word flash still has a sketch; an empty text has none.
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
        return distinct(shingles);
    }

    /**
     * The distinct values, in place, in the order first met: through an open-addressing set rather than a sort,
     * which was half the cost of shingling (comparisons of random hashes are branches mispredicted half the time).
     */
    private static long[] distinct(long[] values) {
        long[] seen = new long[Integer.highestOneBit(2 * values.length - 1) << 1]; // at most half full; 0 is empty
        int mask = seen.length - 1;
        boolean zeroSeen = false;
        int distinct = 0;
        for (long value : values) {
            if (value == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    values[distinct++] = value;
                }
                continue;
            }
            int cell = (int) value & mask; // the values are mixed hashes: any of their bits will do
            while (seen[cell] != 0 && seen[cell] != value) {
                cell = (cell + 1) & mask;
            }
            if (seen[cell] == 0) {
                seen[cell] = value;
                values[distinct++] = value;
            }
        }
        return distinct == values.length ? values : Arrays.copyOf(values, distinct);
    }
}
