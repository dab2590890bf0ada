package io.raqib.ingest.dedup;

/**
 * The 64-bit hashes behind shingles and sketches, written out here rather than taken from {@code String.hashCode}
 * or {@code SplittableRandom}: sketches are persisted, so their hash functions must never change with a JDK.
 */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /** FNV-1a over the UTF-16 units, then a full avalanche so nearby words land far apart. */
    static long of(String text) {
        return of(text, 0, text.length());
    }

    /** {@link #of(String)} of {@code text.substring(start, end)}, without the substring. */
    static long of(CharSequence text, int start, int end) {
        long hash = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return mix(hash);
    }

    /** Order-sensitive combination, for a sequence of words. */
    static long combine(long accumulated, long next) {
        return mix(accumulated * GOLDEN_GAMMA + next);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The n-th output of SplitMix64 from a seed: fixed constants for the MinHash functions. */
    static long splitMix(long seed, int n) {
        long z = seed + (n + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
