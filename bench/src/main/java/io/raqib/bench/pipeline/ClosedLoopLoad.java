package io.raqib.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import io.raqib.bench.GeneratedArticle;

/**
 * The maximum rate: {@code clients} clients, each posting its next batch as soon as the last was acknowledged. What
 * comes back is the rate ingest sustains with that many clients, and everything downstream shows whether the rest
 * of the pipeline keeps up with it (lag).
 */
final class ClosedLoopLoad extends Load {

    private final int clients;

    ClosedLoopLoad(BatchSource batches, IngestClient ingest, AckLedger ledger, RunClock clock, Meters meters,
            int clients) {
        super(batches, ingest, ledger, clock, meters);
        this.clients = clients;
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
}
