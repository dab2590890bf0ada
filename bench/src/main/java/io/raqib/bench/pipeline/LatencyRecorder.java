package io.raqib.bench.pipeline;

import java.util.Arrays;

/**
 * Latency samples, each with the second of the run it was observed in: percentiles over the measured window for the
 * table, and per second for the plot. Exact (all samples kept, 16 bytes each): a run of minutes holds a few million.
 */
final class LatencyRecorder {

    private long[] micros = new long[1024];
    private int[] seconds = new int[1024];
    private int size;

    synchronized void record(int second, long latencyNanos) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        micros[size] = Math.max(0, latencyNanos / 1000);
        seconds[size] = second;
        size++;
    }

    synchronized Percentiles.Summary summary() {
        return Percentiles.summary(Arrays.copyOf(micros, size));
    }

    /** The p-th percentile of the samples observed in each second [0, length), in ms; NaN where there were none. */
    synchronized double[] perSecond(double p, int length) {
        int[] counts = new int[length];
        for (int i = 0; i < size; i++) {
            if (seconds[i] >= 0 && seconds[i] < length) {
                counts[seconds[i]]++;
            }
        }
        long[][] buckets = new long[length][];
        for (int s = 0; s < length; s++) {
            buckets[s] = new long[counts[s]];
        }
        int[] filled = new int[length];
        for (int i = 0; i < size; i++) {
            int s = seconds[i];
            if (s >= 0 && s < length) {
                buckets[s][filled[s]++] = micros[i];
            }
        }
        double[] result = new double[length];
        for (int s = 0; s < length; s++) {
            if (buckets[s].length == 0) {
                result[s] = Double.NaN;
            } else {
                Arrays.sort(buckets[s]);
                result[s] = Percentiles.of(buckets[s], p) / 1000.0;
            }
        }
        return result;
    }

    /** Each sample as [second observed, ms]: the plot's scatter of alert latencies. */
    synchronized double[][] points() {
        double[][] points = new double[size][];
        for (int i = 0; i < size; i++) {
            points[i] = new double[] {seconds[i], micros[i] / 1000.0};
        }
        return points;
    }
}
