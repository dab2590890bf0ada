package io.raqib.bench.pipeline;

import java.util.Arrays;

/** Nearest-rank percentiles: the value below which p % of the samples lie, always one of the samples. */
final class Percentiles {

    private Percentiles() {
    }

    /** @param sorted ascending samples, not empty; @param p in (0, 100] */
    static long of(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("p must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** What the report gives for a set of latencies, in milliseconds. */
    record Summary(int count, double p50, double p95, double p99, double max, double mean) {
        static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** @param micros samples in microseconds, in any order (the array is sorted in place) */
    static Summary summary(long[] micros) {
        if (micros.length == 0) {
            return Summary.EMPTY;
        }
        Arrays.sort(micros);
        double mean = Arrays.stream(micros).average().orElse(Double.NaN) / 1000;
        return new Summary(micros.length, of(micros, 50) / 1000.0, of(micros, 95) / 1000.0, of(micros, 99) / 1000.0,
                micros[micros.length - 1] / 1000.0, mean);
    }
}
