package io.raqib.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SizeDistributionTest {

    private static int[] draw(long seed, int count) {
        SizeDistribution sizes = new SizeDistribution(new SplittableRandom(seed));
        return IntStream.range(0, count).map(i -> sizes.next()).toArray();
    }

    @Test
    void theSameSeedDrawsTheSameSizes() {
        assertArrayEquals(draw(3, 100), draw(3, 100));
    }

    @Test
    void sizesAreBetweenOneAndEightKilobytesWithAMedianNearThree() {
        int[] sizes = draw(11, 20_000);
        assertTrue(Arrays.stream(sizes).allMatch(s -> s >= 1024 && s <= 8192));
        Arrays.sort(sizes);
        int median = sizes[sizes.length / 2];
        assertTrue(median > 2900 && median < 3250, "median " + median);
        // A tail, not a wall: some long articles and some short ones.
        assertTrue(sizes[sizes.length * 95 / 100] > 6000, "p95 " + sizes[sizes.length * 95 / 100]);
        assertTrue(sizes[sizes.length * 5 / 100] < 1700, "p5 " + sizes[sizes.length * 5 / 100]);
    }
}
