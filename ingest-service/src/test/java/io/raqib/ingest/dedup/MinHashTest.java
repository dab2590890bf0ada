package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MinHashTest {

    /** A set's sketch is, function by function, the least of its elements' own sketches: whatever the loop order. */
    @Test
    void aSketchIsTheLeastValueOfEachFunctionOverTheSet() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 300; n++) {
            long[] set = random.longs(random.nextInt(0, 1000)).toArray();
            int[] expected = new int[MinHash.SIZE];
            Arrays.fill(expected, Integer.MAX_VALUE);
            for (long element : set) {
                int[] alone = MinHash.sketch(new long[] {element});
                for (int i = 0; i < MinHash.SIZE; i++) {
                    expected[i] = Math.min(expected[i], alone[i]);
                }
            }
            assertArrayEquals(expected, MinHash.sketch(set));
        }
    }
}
