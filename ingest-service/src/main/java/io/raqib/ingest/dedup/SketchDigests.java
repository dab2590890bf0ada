package io.raqib.ingest.dedup;

import java.util.Arrays;

/**
 * One byte of each MinHash value of every remembered text, by slot, in one array, with the text's shingle count: a
 * lookup rules out most candidates here, reading 128 bytes in a row, before it follows a candidate's slot to its
 * entry, record, fingerprint and 512-byte sketch (some 77 candidates per lookup at 50,000 remembered articles).
 *
 * <p>Two texts' sketch values agree only where these bytes agree, so the bytes' agreements bound the values' from
 * above: a candidate whose bytes agree too seldom cannot be a near duplicate, and is passed over without changing
 * any verdict. Unrelated values share a byte once in 256 times, so hardly a candidate passes that the full sketches
 * then turn away.
 *
 * <p>Why bytes and not the whole values in one {@code int[]}: a quarter of the memory, 132 bytes a slot (6.6 MB at
 * 50,000 articles, beside the sketches the records hold anyway), and fewer cache lines per candidate.
 */
final class SketchDigests {

    private static final int WORDS = MinHash.SIZE / Long.BYTES; // eight bytes to a long
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final int slotLimit;
    private long[] digests;
    private int[] shingleCounts;
    private final long[] query = new long[WORDS];

    /**
     * @param slotLimit the slots a full index uses (its capacity, and one being added): growing by doubling, the
     *                  arrays stop there rather than overshoot it, unless more slots are put after all
     */
    SketchDigests(int slotLimit) {
        this.slotLimit = slotLimit;
        int slots = Math.min(1024, slotLimit);
        this.digests = new long[slots * WORDS];
        this.shingleCounts = new int[slots];
    }

    void put(int slot, TextFingerprint fingerprint) {
        if (slot >= shingleCounts.length) {
            int doubled = 2 * shingleCounts.length;
            int slots = Math.max(slot + 1, shingleCounts.length < slotLimit ? Math.min(doubled, slotLimit) : doubled);
            digests = Arrays.copyOf(digests, slots * WORDS);
            shingleCounts = Arrays.copyOf(shingleCounts, slots);
        }
        digest(fingerprint, digests, slot * WORDS);
        shingleCounts[slot] = fingerprint.shingleCount();
    }

    int shingleCount(int slot) {
        return shingleCounts[slot];
    }

    /** The text the next {@link #mayAgree} calls compare with. */
    void startLookup(TextFingerprint fingerprint) {
        digest(fingerprint, query, 0);
    }

    /**
     * False only when the text in {@code slot} agrees with the lookup's at fewer than {@code needed} sketch values;
     * it stops as soon as too many bytes differ.
     */
    boolean mayAgree(int slot, int needed) {
        int allowed = MinHash.SIZE - needed; // differing values the candidate can afford
        int differing = 0;
        for (int word = 0, at = slot * WORDS; word < WORDS; word++, at++) {
            differing += Long.BYTES - zeroBytes(digests[at] ^ query[word]);
            if (differing > allowed) {
                return false;
            }
        }
        return true;
    }

    /** The low byte of each sketch value, eight to a long. */
    private static void digest(TextFingerprint fingerprint, long[] into, int at) {
        for (int word = 0; word < WORDS; word++) {
            long bytes = 0;
            for (int b = 0; b < Long.BYTES; b++) {
                bytes |= (fingerprint.minHashAt(word * Long.BYTES + b) & 0xFFL) << (Byte.SIZE * b);
            }
            into[at + word] = bytes;
        }
    }

    /**
     * How many of the eight bytes are zero, without a loop: adding 0x7F to a byte's low seven bits sets its high
     * bit unless they were all zero (and never carries into the next byte), and or-ing the byte in sets it too when
     * its own high bit was set; the high bits left clear are the zero bytes.
     */
    static int zeroBytes(long bytes) {
        long nonZero = ((bytes & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | bytes;
        return Long.bitCount(~nonZero & HIGH_BITS);
    }
}
