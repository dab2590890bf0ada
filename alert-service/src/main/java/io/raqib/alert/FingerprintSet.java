package io.raqib.alert;

import java.util.Arrays;

/**
 * A bounded set of names (article ids, outlets) remembered as 64-bit fingerprints, in a sorted array: eight bytes a
 * name however long it is, a binary search to look one up, and a bulk copy to store. Two names collide with odds of
 * about n²/2⁶⁵ (10⁻¹³ for a thousand), far below a re-delivery's. Immutable.
 */
final class FingerprintSet {

    static final FingerprintSet EMPTY = new FingerprintSet(new long[0]);

    private final long[] sorted;

    private FingerprintSet(long[] sorted) {
        this.sorted = sorted;
    }

    /**
     * The name's fingerprint: 64-bit FNV-1a over its UTF-16 chars, then MurmurHash3's finaliser to spread the bits.
     * Stable across JVMs and releases, since it is stored: never change it without a new format version.
     */
    static long fingerprint(String name) {
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

    boolean contains(long fingerprint) {
        return Arrays.binarySearch(sorted, fingerprint) >= 0;
    }

    int size() {
        return sorted.length;
    }

    /** This set with {@code fingerprint}; this same set when it holds it already or holds {@code max}. */
    FingerprintSet with(long fingerprint, int max) {
        int at = Arrays.binarySearch(sorted, fingerprint);
        if (at >= 0 || sorted.length >= max) {
            return this;
        }
        int insert = -at - 1;
        long[] more = new long[sorted.length + 1];
        System.arraycopy(sorted, 0, more, 0, insert);
        more[insert] = fingerprint;
        System.arraycopy(sorted, insert, more, insert + 1, sorted.length - insert);
        return new FingerprintSet(more);
    }

    /** The bytes {@link #write} takes. */
    int encodedSize() {
        return Integer.BYTES + Long.BYTES * sorted.length;
    }

    void write(BinaryWriter out) {
        out.writeInt(sorted.length).writeLongs(sorted, sorted.length);
    }

    /** Reads a set of at most {@code max}; a set out of order was not written by {@link #write}. */
    static FingerprintSet read(BinaryReader in, int max, String what) {
        long[] sorted = in.readLongs(in.readCount(max, what));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1] >= sorted[i]) {
                throw in.invalid(what + " out of order");
            }
        }
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
