package io.raqib.e2e;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.raqib.bench.GeneratedArticle;
import io.raqib.bench.NewsFeed;
import io.raqib.testkafka.ServiceProcess;

/**
 * A desk's steady stream of articles into ingest's API: a batch at a fixed rate, from the benchmark's seeded news
 * feed (unique URLs, spikes that must alert). Remembers what ingest acknowledged, and when: only an acknowledged
 * article is one the pipeline owes downstream.
 */
final class SteadyLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NewsFeed feed;
    private final Supplier<ServiceProcess> ingest;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "steady-load");
        thread.setDaemon(true);
        return thread;
    });
    /** Published id → how many records ingest acknowledged under it (a near-duplicate republishes its original). */
    private final Map<String, Integer> owed = new ConcurrentHashMap<>();
    /** Published id → when ingest first acknowledged it (System.nanoTime). */
    private final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
    /** Every acknowledged report of a spike, in the order acknowledged. */
    private final List<SpikeReport> spikeReports = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> verdicts = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();

    /** @param ingest the ingest service of the moment (a fault test may replace it) */
    /**
     * One report of a spike as ingest took it.
     *
     * @param series      the spike's topic and place as the feed wrote it ({@code topic@place}, the place in Arabic)
     * @param id          the id it travels under downstream
     * @param publishedAt its publication time, which the alert service windows on (epoch milliseconds)
     */
    record SpikeReport(String series, String id, long publishedAt) {
    }

    SteadyLoad(long seed, NewsFeed.Settings settings, Supplier<ServiceProcess> ingest) {
        this.feed = new NewsFeed(seed, settings);
        this.ingest = ingest;
    }

    /** Posts {@code batch} articles every {@code 1000 * batch / perSecond} ms until {@link #stop()}. */
    SteadyLoad start(int perSecond, int batch) {
        long period = 1000L * batch / perSecond;
        clock.scheduleAtFixedRate(() -> post(batch), 0, period, TimeUnit.MILLISECONDS);
        return this;
    }

    private void post(int size) {
        List<GeneratedArticle> batch = new ArrayList<>(size);
        ArrayNode body = JSON.createArrayNode();
        OffsetDateTime published = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String now = published.toString();
        for (int i = 0; i < size; i++) {
            GeneratedArticle article = feed.next();
            batch.add(article);
            body.addObject().put("title", article.title()).put("body", article.body()).put("url", article.url())
                    .put("source", article.source()).put("publishedAt", now);
        }
        sent.addAndGet(size);
        try {
            var answer = ingest.get().postJson("/api/articles", body.toString());
            long at = System.nanoTime();
            answers.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).addAndGet(size);
            if (answer.statusCode() == 202) {
                remember(batch, JSON.readTree(answer.body()), at, published.toInstant().toEpochMilli());
            }
        } catch (java.io.IOException e) {
            // No answer: ingest may or may not have written them; the client would retry. Neither owed nor lost.
            unanswered.addAndGet(size);
        } catch (Exception e) {
            failed.addAndGet(size);
        }
    }

    private void remember(List<GeneratedArticle> batch, JsonNode answer, long at, long publishedAt) {
        for (JsonNode receipt : answer.get("receipts")) {
            String id = receipt.get("id").asText();
            owed.merge(id, 1, Integer::sum);
            acknowledgedAt.putIfAbsent(id, at);
        }
        JsonNode outcomes = answer.get("articles");
        for (int i = 0; i < batch.size(); i++) {
            JsonNode outcome = outcomes.get(i);
            String verdict = outcome.get("verdict").asText();
            verdicts.computeIfAbsent(verdict, v -> new AtomicLong()).incrementAndGet();
            if (batch.get(i).spike() >= 0 && !verdict.equals("exact_duplicate")) {
                String id = verdict.equals("near_duplicate") ? outcome.get("duplicateOf").asText()
                        : outcome.get("id").asText();
                spikeReports.add(new SpikeReport(batch.get(i).series(), id, publishedAt));
            }
        }
    }

    void stop() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(60, TimeUnit.SECONDS);
    }

    Map<String, Integer> owed() {
        return owed;
    }

    Map<String, Long> acknowledgedAt() {
        return acknowledgedAt;
    }

    List<SpikeReport> spikeReports() {
        return spikeReports;
    }

    long sent() {
        return sent.get();
    }

    long acknowledgedRecords() {
        return owed.values().stream().mapToLong(Integer::longValue).sum();
    }

    long unanswered() {
        return unanswered.get();
    }

    long failed() {
        return failed.get();
    }

    /** Articles by the HTTP status of the request that carried them. */
    Map<Integer, Long> answers() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        answers.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    /** Acknowledged articles by ingest's verdict: new, near_duplicate, exact_duplicate. */
    Map<String, Long> verdicts() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        verdicts.forEach((verdict, count) -> copy.put(verdict, count.get()));
        return copy;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
