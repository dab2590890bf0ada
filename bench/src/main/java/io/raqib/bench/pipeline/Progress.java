package io.raqib.bench.pipeline;

/** A line every five seconds while the load runs, so a long run shows it is alive and how it goes. */
final class Progress {

    private final RunClock clock;
    private final Meters meters;
    private final AckLedger ledger;
    private final Thread thread;

    Progress(RunClock clock, Meters meters, AckLedger ledger) {
        this.clock = clock;
        this.meters = meters;
        this.ledger = ledger;
        this.thread = new Thread(this::report, "progress");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }

    private void report() {
        try {
            while (true) {
                Thread.sleep(5000);
                int now = clock.second(RunClock.now());
                int from = Math.max(0, now - 5);
                PipelineBench.say("%3d s %s: acknowledged %s/s, enriched %s/s, mentions %s/s, awaiting enrichment %d",
                        now, now < clock.warmupSeconds() ? "(warm-up)" : "", Report.number(meters.acknowledged.rate(from, now)),
                        Report.number(meters.enriched.rate(from, now)), Report.number(meters.mentions.rate(from, now)),
                        ledger.awaitingEnrichment());
            }
        } catch (InterruptedException stopped) {
            // the load is over
        }
    }
}
