package io.raqib.alert;

import java.util.Arrays;

/**
 * A bounded set of names (article ids, outlets) remembered as 32-bit fingerprints, in a sorted array: four bytes a
 * name however long it is, a binary search to look one up, and a bulk copy to store. Two of the 128 article ids a
 * window remembers collide with odds of about n²/2³³ (2·10⁻⁶), and a collision only makes one article or outlet not
 * count: far less than the count is ever off by for other reasons. Immutable.
 *
 * <p>Releases before stored 64-bit fingerprints (tally format 1): they read folded to 32 bits as {@link #fingerprint}
 * folds, so a name seen before the upgrade is still known after it.
 */
final class FingerprintSet {

    static final FingerprintSet EMPTY = new FingerprintSet(new int[0]);

    private final int[] sorted;

    private FingerprintSet(int[] sorted) {
        this.sorted = sorted;
    }

    /**
     * The name's fingerprint: 64-bit FNV-1a over its UTF-16 chars, MurmurHash3's finaliser to spread the bits, then
     * its two halves xor-ed. Stable across JVMs and releases, since it is stored: never change it without a new
     * format version.
     */
    static int fingerprint(String name) {
        return fold(fingerprint64(name));
    }

    /** The 64-bit fingerprint that format 1 stored. */
    static long fingerprint64(String name) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash = (hash ^ name.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }

    private static int fold(long fingerprint) {
        return (int) (fingerprint ^ (fingerprint >>> 32));
    }

    boolean contains(int fingerprint) {
        return Arrays.binarySearch(sorted, fingerprint) >= 0;
    }

    int size() {
        return sorted.length;
    }

    /** This set with {@code fingerprint}; this same set when it holds it already or holds {@code max}. */
    FingerprintSet with(int fingerprint, int max) {
        int at = Arrays.binarySearch(sorted, fingerprint);
        if (at >= 0 || sorted.length >= max) {
            return this;
        }
        int insert = -at - 1;
        int[] more = new int[sorted.length + 1];
        System.arraycopy(sorted, 0, more, 0, insert);
        more[insert] = fingerprint;
        System.arraycopy(sorted, insert, more, insert + 1, sorted.length - insert);
        return new FingerprintSet(more);
    }

    /** The bytes {@link #write} takes. */
    int encodedSize() {
        return Integer.BYTES + Integer.BYTES * sorted.length;
    }

    void write(BinaryWriter out) {
        out.writeInt(sorted.length).writeInts(sorted, sorted.length);
    }

    /** Reads a set of at most {@code max}; a set out of order was not written by {@link #write}. */
    static FingerprintSet read(BinaryReader in, int max, String what) {
        int[] sorted = in.readInts(in.readCount(max, what));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1] >= sorted[i]) {
                throw in.invalid(what + " out of order");
            }
        }
        return sorted.length == 0 ? EMPTY : new FingerprintSet(sorted);
    }

    /** Reads a set of 64-bit fingerprints as format 1 wrote it, folded: two that fold alike are one. */
    static FingerprintSet read64(BinaryReader in, int max, String what) {
        long[] wide = in.readLongs(in.readCount(max, what));
        for (int i = 1; i < wide.length; i++) {
            if (wide[i - 1] >= wide[i]) {
                throw in.invalid(what + " out of order");
            }
        }
        int[] folded = new int[wide.length];
        for (int i = 0; i < wide.length; i++) {
            folded[i] = fold(wide[i]);
        }
        int[] sorted = Arrays.stream(folded).sorted().distinct().toArray();
        return sorted.length == 0 ? EMPTY : new FingerprintSet(sorted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FingerprintSet set && Arrays.equals(sorted, set.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return sorted.length + " fingerprints";
    }
}
