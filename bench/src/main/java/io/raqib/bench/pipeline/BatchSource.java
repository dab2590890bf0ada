package io.raqib.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.raqib.bench.GeneratedArticle;
import io.raqib.bench.NewsFeed;

/**
 * The feed's articles in batches, written ahead on a thread of their own so that writing 1–8 KB of Arabic does not
 * sit between the schedule and the send. Batches come out in feed order.
 */
final class BatchSource implements AutoCloseable {

    private final BlockingQueue<List<GeneratedArticle>> ready;
    private final Thread writer;
    private volatile boolean closed;

    BatchSource(NewsFeed feed, int batchSize, int ahead) {
        this.ready = new ArrayBlockingQueue<>(Math.max(2, ahead));
        this.writer = new Thread(() -> {
            try {
                while (!closed) {
                    List<GeneratedArticle> batch = new ArrayList<>(batchSize);
                    for (int i = 0; i < batchSize; i++) {
                        batch.add(feed.next());
                    }
                    ready.put(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "article-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** The next batch; waits for the writer if it fell behind (the open loop then counts a late send). */
    List<GeneratedArticle> next() throws InterruptedException {
        List<GeneratedArticle> batch = ready.poll(30, TimeUnit.SECONDS);
        if (batch == null) {
            throw new IllegalStateException("the article writer stalled");
        }
        return batch;
    }

    @Override
    public void close() {
        closed = true;
        writer.interrupt();
    }
}
