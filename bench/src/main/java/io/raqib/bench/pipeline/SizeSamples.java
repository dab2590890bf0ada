package io.raqib.bench.pipeline;

import java.util.Arrays;

/** Sizes of the article bodies sent, for the report's account of the load. */
final class SizeSamples {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** min, median, mean, p95 and max; empty when nothing was sent. */
    synchronized double[] summary() {
        if (size == 0) {
            return new double[0];
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new double[] {sorted[0], Percentiles.of(sorted, 50), Arrays.stream(sorted).average().orElse(0),
                Percentiles.of(sorted, 95), sorted[size - 1]};
    }
}
