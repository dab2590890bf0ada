package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SketchDigestsTest {

    @Test
    void countsZeroBytes() {
        assertEquals(8, SketchDigests.zeroBytes(0));
        assertEquals(0, SketchDigests.zeroBytes(-1));
        assertEquals(7, SketchDigests.zeroBytes(0x80L));
        assertEquals(7, SketchDigests.zeroBytes(0x0100_0000_0000_0000L));
        assertEquals(6, SketchDigests.zeroBytes(0x7F00_0000_0000_0001L));
        assertEquals(4, SketchDigests.zeroBytes(0x00FF_00FF_00FF_00FFL));
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 100_000; n++) {
            long bytes = random.nextLong() & random.nextLong() & random.nextLong(); // zero bytes now and then
            int zero = 0;
            for (int b = 0; b < 8; b++) {
                zero += (bytes >>> (8 * b) & 0xFF) == 0 ? 1 : 0;
            }
            assertEquals(zero, SketchDigests.zeroBytes(bytes), Long.toHexString(bytes));
        }
    }

    /** Never false for a text that agrees at the values needed; false for one that differs in nearly every byte. */
    @Test
    void rulesOutOnlyTextsThatAgreeTooSeldom() {
        SplittableRandom random = new SplittableRandom(8);
        SketchDigests digests = new SketchDigests(3);
        for (int n = 0; n < 20_000; n++) {
            int[] query = new int[MinHash.SIZE];
            int[] other = new int[MinHash.SIZE];
            int agreeing = 0;
            double share = random.nextDouble();
            for (int i = 0; i < MinHash.SIZE; i++) {
                query[i] = random.nextInt(Integer.MAX_VALUE);
                boolean same = random.nextDouble() < share;
                // a differing value keeps the low byte now and then: the digest cannot tell those apart
                other[i] = same ? query[i] : random.nextInt(4) == 0 ? query[i] ^ 0x100 : random.nextInt(Integer.MAX_VALUE);
                agreeing += other[i] == query[i] ? 1 : 0;
            }
            int slot = n % 5;
            digests.put(slot, new TextFingerprint("h", 100, other));
            digests.startLookup(new TextFingerprint("q", 100, query));
            for (int needed = 0; needed <= agreeing; needed++) {
                assertTrue(digests.mayAgree(slot, needed));
            }
            assertEquals(100, digests.shingleCount(slot));
        }
        int[] query = new int[MinHash.SIZE];
        int[] other = new int[MinHash.SIZE];
        for (int i = 0; i < MinHash.SIZE; i++) {
            other[i] = i < 10 ? query[i] : 0x55;
        }
        digests.put(0, new TextFingerprint("h", 1, other));
        digests.startLookup(new TextFingerprint("q", 1, query));
        assertTrue(digests.mayAgree(0, 10));
        assertFalse(digests.mayAgree(0, 11));
    }
}
