package io.raqib.bench.pipeline;

/**
 * The run's time line on this JVM's monotonic clock: load starts at 0, the warm-up is left out of every figure, the
 * measured window follows, then the drain, in which the pipeline catches up and late results still count.
 * Acknowledgements and arrivals are stamped on the same clock, so a latency never mixes two machines' clocks.
 */
final class RunClock {

    private final long start;
    private final long warmupEnd;
    private final long measuredEnd;

    RunClock(long startNanos, int warmupSeconds, int measuredSeconds) {
        this.start = startNanos;
        this.warmupEnd = startNanos + warmupSeconds * 1_000_000_000L;
        this.measuredEnd = warmupEnd + measuredSeconds * 1_000_000_000L;
    }

    static long now() {
        return System.nanoTime();
    }

    long startNanos() {
        return start;
    }

    long measuredStartNanos() {
        return warmupEnd;
    }

    long loadEndNanos() {
        return measuredEnd;
    }

    boolean measured(long nanos) {
        return nanos >= warmupEnd && nanos < measuredEnd;
    }

    /** Seconds since the load started. */
    double seconds(long nanos) {
        return (nanos - start) / 1e9;
    }

    /** The whole second of the run {@code nanos} falls in: the time series' index. */
    int second(long nanos) {
        return (int) Math.floorDiv(nanos - start, 1_000_000_000L);
    }

    int warmupSeconds() {
        return (int) ((warmupEnd - start) / 1_000_000_000L);
    }

    int measuredSeconds() {
        return (int) ((measuredEnd - warmupEnd) / 1_000_000_000L);
    }
}
