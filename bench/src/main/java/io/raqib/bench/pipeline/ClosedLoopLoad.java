package io.raqib.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.raqib.bench.GeneratedArticle;

/**
 * The maximum rate: {@code clients} clients, each posting its next batch as soon as the last was acknowledged. What
 * comes back is the rate ingest sustains with that many clients, and everything downstream shows whether the rest
 * of the pipeline keeps up with it (lag). With a warm-up rate, the clients keep that rate's schedule together until
 * the measured window starts.
 */
final class ClosedLoopLoad extends Load {

    private final int clients;
    private final Double warmupRate;
    private final long rampNanos;
    private final int batchSize;
    /** The next warm-up batch's number, shared by the clients: together they keep the warm-up's schedule. */
    private final AtomicLong warmupBatch = new AtomicLong();

    ClosedLoopLoad(BatchSource batches, IngestClient ingest, AckLedger ledger, RunClock clock, Meters meters,
            int clients, Double warmupRate, long rampNanos, int batchSize) {
        super(batches, ingest, ledger, clock, meters);
        this.clients = clients;
        this.warmupRate = warmupRate;
        this.rampNanos = rampNanos;
        this.batchSize = batchSize;
    }

    @Override
    void run() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(this::client, "client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread client : threads) {
            client.join();
        }
    }

    private void client() {
        try {
            while (RunClock.now() < clock.loadEndNanos()) {
                keepWarmupSchedule();
                List<GeneratedArticle> batch = batches.next();
                byte[] body = IngestClient.body(batch);
                long sent = RunClock.now();
                stats.posts.incrementAndGet();
                stats.articlesOffered.addAndGet(batch.size());
                batch.forEach(article -> meters.bodyBytes.add(article.bodyBytes()));
                acknowledged(batch, ingest.post(body).get(), sent);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** During a warm-up at a given rate, waits for this client's next slot (or the warm-up's end) before it posts. */
    private void keepWarmupSchedule() {
        if (warmupRate == null || RunClock.now() >= clock.measuredStartNanos()) {
            return;
        }
        long due = Math.min(clock.measuredStartNanos(),
                clock.startNanos() + OpenLoopLoad.warmupSlot(warmupBatch.getAndIncrement(), batchSize, warmupRate,
                        rampNanos));
        long wait;
        while ((wait = due - RunClock.now()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
