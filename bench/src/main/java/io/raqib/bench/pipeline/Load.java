package io.raqib.bench.pipeline;

import java.util.List;

import io.raqib.bench.GeneratedArticle;

/**
 * Drives ingest until the end of the measured window. Every answer goes to {@link #acknowledged}: one place where
 * acknowledgements are stamped and counted, whatever the schedule.
 */
abstract class Load {

    protected final BatchSource batches;
    protected final IngestClient ingest;
    protected final AckLedger ledger;
    protected final RunClock clock;
    protected final Meters meters;
    protected final LoadStats stats = new LoadStats();

    Load(BatchSource batches, IngestClient ingest, AckLedger ledger, RunClock clock, Meters meters) {
        this.batches = batches;
        this.ingest = ingest;
        this.ledger = ledger;
        this.clock = clock;
        this.meters = meters;
    }

    /** Runs until the end of the measured window; returns when the last request is answered or given up. */
    abstract void run() throws InterruptedException;

    LoadStats stats() {
        return stats;
    }

    /**
     * @param intended when the request was due (open loop: its slot in the schedule; closed loop: when it was sent),
     *                 so that ingest's latency includes any wait a slow pipeline caused
     */
    protected void acknowledged(List<GeneratedArticle> batch, IngestClient.Answer answer, long intended) {
        long now = RunClock.now();
        int second = clock.second(now);
        meters.offered.add(clock.second(intended), batch.size());
        if (!answer.accepted() || answer.outcomes().size() != batch.size()) {
            stats.failed(answer);
            return;
        }
        if (clock.measured(intended)) {
            meters.ingestLatency.record(second, now - intended);
        }
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            IngestClient.Outcome outcome = answer.outcomes().get(i);
            if (ledger.acknowledged(batch.get(i), outcome, now) && clock.measured(now)) {
                meters.toEnriched.record(second, 0); // out before the 202 reached us: no wait after the ack
            }
            published += outcome.published() ? 1 : 0;
        }
        meters.acknowledged.add(second, published);
    }
}
