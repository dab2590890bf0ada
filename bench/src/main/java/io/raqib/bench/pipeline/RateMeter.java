package io.raqib.bench.pipeline;

import java.util.Arrays;

/** Events counted per second of the run: the per-second series of the plot, and the rate over a window. */
final class RateMeter {

    private long[] perSecond = new long[64];
    private long total;

    synchronized void add(int second, long count) {
        if (second < 0) {
            return; // before the load started: not part of the run
        }
        if (second >= perSecond.length) {
            perSecond = Arrays.copyOf(perSecond, Math.max(second + 1, perSecond.length * 2));
        }
        perSecond[second] += count;
        total += count;
    }

    /** Events per second over the whole seconds [from, to). */
    synchronized double rate(int from, int to) {
        if (to <= from) {
            return 0;
        }
        long sum = 0;
        for (int s = from; s < Math.min(to, perSecond.length); s++) {
            sum += perSecond[s];
        }
        return sum / (double) (to - from);
    }

    synchronized long count(int from, int to) {
        long sum = 0;
        for (int s = Math.max(0, from); s < Math.min(to, perSecond.length); s++) {
            sum += perSecond[s];
        }
        return sum;
    }

    synchronized long total() {
        return total;
    }

    /** Counts of the seconds [0, seconds). */
    synchronized long[] series(int seconds) {
        return Arrays.copyOf(perSecond, seconds);
    }
}
