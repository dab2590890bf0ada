package io.raqib.bench.pipeline;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.raqib.bench.GeneratedArticle;

/**
 * A fixed rate on a schedule that does not wait for answers: batch k is due at start + k × batch / rate, sent then
 * whatever happened to the ones before. A slow pipeline therefore shows as latency (measured from the slot, not from
 * the send) and as requests in flight, never as a lower offered rate: no coordinated omission.
 */
final class OpenLoopLoad extends Load {

    /** A send this much after its slot is counted late: the load generator itself could not keep the schedule. */
    static final long LATE_NANOS = 10_000_000;

    private final double rate;
    private final Double warmupRate;
    private final long rampNanos;
    private final int batchSize;
    private final Semaphore inFlight;
    private final int maxInFlight;

    OpenLoopLoad(BatchSource batches, IngestClient ingest, AckLedger ledger, RunClock clock, Meters meters,
            double rate, Double warmupRate, long rampNanos, int batchSize, int maxInFlight) {
        super(batches, ingest, ledger, clock, meters);
        this.rate = rate;
        this.warmupRate = warmupRate;
        this.rampNanos = rampNanos;
        this.batchSize = batchSize;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** When batch {@code k} is due, in nanoseconds after the start. */
    static long slot(long k, int batchSize, double rate) {
        return Math.round(k * batchSize * 1e9 / rate);
    }

    /** Where a ramp starts: this share of the rate it climbs to. */
    static final double RAMP_FROM = 0.1;

    /**
     * When batch {@code k} of a warm-up is due: the rate climbs in a straight line from a tenth of
     * {@code warmupRate} to {@code warmupRate} over the first {@code rampNanos}, then holds. Five cold JVMs on two
     * cores (compiling, filling caches) met at once by a thousand articles a second build a backlog that the
     * measured window then inherits; met by a rising load they are warm by the time it is full.
     */
    static long warmupSlot(long k, int batchSize, double warmupRate, long rampNanos) {
        if (rampNanos <= 0) {
            return slot(k, batchSize, warmupRate);
        }
        double articles = (double) k * batchSize;
        double ramp = rampNanos / 1e9;
        double from = warmupRate * RAMP_FROM;
        double inRamp = articlesInRamp(warmupRate, ramp);
        if (articles >= inRamp) {
            return Math.round((ramp + (articles - inRamp) / warmupRate) * 1e9);
        }
        double climb = (warmupRate - from) / ramp; // articles/s gained per second
        // articles = from t + climb t² / 2, solved for t
        return Math.round((Math.sqrt(from * from + 2 * climb * articles) - from) / climb * 1e9);
    }

    /** The articles a ramp of {@code rampSeconds} up to {@code warmupRate} offers: its mean rate, throughout. */
    private static double articlesInRamp(double warmupRate, double rampSeconds) {
        return (warmupRate * RAMP_FROM + warmupRate) / 2 * rampSeconds;
    }

    /**
     * When batch {@code k} is due with a warm-up of {@code warmupNanos} at {@code warmupRate} first (ramped up over
     * its first {@code rampNanos}): the warm-up's batches on its schedule, the others on the run's from the end of
     * the warm-up.
     */
    static long slot(long k, int batchSize, double warmupRate, long warmupNanos, long rampNanos, double rate) {
        long ramp = Math.max(0, Math.min(rampNanos, warmupNanos));
        double offered = articlesInRamp(warmupRate, ramp / 1e9) + warmupRate * (warmupNanos - ramp) / 1e9;
        long inWarmup = (long) Math.ceil(offered / batchSize - 1e-9);
        return k < inWarmup ? warmupSlot(k, batchSize, warmupRate, ramp)
                : warmupNanos + slot(k - inWarmup, batchSize, rate);
    }

    @Override
    void run() throws InterruptedException {
        long end = clock.loadEndNanos();
        long warmupNanos = clock.measuredStartNanos() - clock.startNanos();
        for (long k = 0;; k++) {
            long due = clock.startNanos()
                    + slot(k, batchSize, warmupRate == null ? rate : warmupRate, warmupNanos, rampNanos, rate);
            if (due >= end) {
                break;
            }
            List<GeneratedArticle> batch = batches.next();
            byte[] body = IngestClient.body(batch);
            long wait;
            while ((wait = due - RunClock.now()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            stats.maxInFlight.accumulateAndGet(maxInFlight - inFlight.availablePermits(), Math::max);
            long lateness = RunClock.now() - due;
            if (lateness > LATE_NANOS) {
                stats.late(lateness);
            }
            stats.posts.incrementAndGet();
            stats.articlesOffered.addAndGet(batch.size());
            batch.forEach(article -> meters.bodyBytes.add(article.bodyBytes()));
            ingest.post(body).whenComplete((answer, failure) -> {
                try {
                    acknowledged(batch, answer, due);
                } finally {
                    inFlight.release();
                }
            });
        }
        // The last answers: their acknowledgements belong to the run.
        if (!inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS)) {
            System.err.println("bench: requests still unanswered 60 s after the load ended");
        }
    }
}
