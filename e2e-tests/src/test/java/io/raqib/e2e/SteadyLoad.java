package io.raqib.e2e;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    /**
     * The requests in flight, each on a thread of its own: a desk has many clients, and one whose request waits for
     * a broker that is away does not hold the others back.
     */
    private final ExecutorService posters = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "steady-load-post");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int maxInFlight = 16;
    private final List<Answer> log = new CopyOnWriteArrayList<>();
    private final AtomicLong skipped = new AtomicLong();
    private final List<Refused> refused = new CopyOnWriteArrayList<>();
    /** Published id → how many records ingest acknowledged under it (a near-duplicate republishes its original). */
    private final Map<String, Integer> owed = new ConcurrentHashMap<>();
    /** Published id → when ingest first acknowledged it (System.nanoTime). */
    private final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
    /** Every acknowledged report of a spike, in the order acknowledged. */
    private final List<SpikeReport> spikeReports = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> verdicts = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();

    /**
     * One report of a spike as ingest took it.
     *
     * @param series      the spike's topic and place as the feed wrote it ({@code topic@place}, the place in Arabic)
     * @param id          the id it travels under downstream
     * @param publishedAt its publication time, which the alert service windows on (epoch milliseconds)
     */
    record SpikeReport(String series, String id, long publishedAt) {
    }

    /**
     * One request to ingest and its answer.
     *
     * @param sentAt     when it was sent (System.nanoTime)
     * @param answeredAt when its answer came, or when it gave up on one
     * @param status     the HTTP status; 0 when no answer came
     * @param articles   how many articles it carried
     * @param retryAfter the answer's Retry-After header, or null
     */
    record Answer(long sentAt, long answeredAt, int status, int articles, String retryAfter) {

        long millis() {
            return (answeredAt - sentAt) / 1_000_000;
        }
    }

    /** A batch ingest refused with 503, and when it was sent (System.nanoTime): what a client would send again. */
    record Refused(long sentAt, List<GeneratedArticle> batch) {
    }

    /** @param ingest the ingest service of the moment (a fault test may replace it) */
    SteadyLoad(long seed, NewsFeed.Settings settings, Supplier<ServiceProcess> ingest) {
        this.feed = new NewsFeed(seed, settings);
        this.ingest = ingest;
    }

    /**
     * Posts {@code batch} articles every {@code 1000 * batch / perSecond} ms until {@link #stop()}, each request on
     * its own thread, at most {@link #maxInFlight(int) 16} at a time (a tick that finds them all waiting sends
     * nothing, and counts as {@link #skipped()}).
     */
    SteadyLoad start(int perSecond, int batch) {
        long period = 1000L * batch / perSecond;
        clock.scheduleAtFixedRate(() -> tick(batch), 0, period, TimeUnit.MILLISECONDS);
        return this;
    }

    /** How many requests may wait for an answer at once; set before {@link #start}. */
    SteadyLoad maxInFlight(int requests) {
        this.maxInFlight = requests;
        return this;
    }

    private void tick(int size) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            skipped.addAndGet(size);
            return;
        }
        // The feed is read on the clock's thread only: it is not made for several.
        List<GeneratedArticle> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(feed.next());
        }
        posters.execute(() -> {
            try {
                post(batch);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /**
     * Posts a batch now, on the caller's thread, as a client retrying a refused request does; its answer counts with
     * the others.
     *
     * @return the articles' verdicts (new, near_duplicate, exact_duplicate) if it was accepted, otherwise none
     */
    List<String> resend(List<GeneratedArticle> batch) {
        return post(batch);
    }

    /** @return the verdicts of the accepted articles, empty if the batch was not accepted */
    private List<String> post(List<GeneratedArticle> batch) {
        int size = batch.size();
        ArrayNode body = JSON.createArrayNode();
        OffsetDateTime published = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String now = published.toString();
        for (GeneratedArticle article : batch) {
            body.addObject().put("title", article.title()).put("body", article.body()).put("url", article.url())
                    .put("source", article.source()).put("publishedAt", now);
        }
        sent.addAndGet(size);
        long sentAt = System.nanoTime();
        try {
            var answer = ingest.get().postJson("/api/articles", body.toString());
            long at = System.nanoTime();
            log.add(new Answer(sentAt, at, answer.statusCode(), size,
                    answer.headers().firstValue("Retry-After").orElse(null)));
            answers.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).addAndGet(size);
            if (answer.statusCode() == 202) {
                return remember(batch, JSON.readTree(answer.body()), at, published.toInstant().toEpochMilli());
            }
            if (answer.statusCode() == 503) {
                refused.add(new Refused(sentAt, batch));
            }
        } catch (java.io.IOException e) {
            // No answer: ingest may or may not have written them; the client would retry. Neither owed nor lost.
            log.add(new Answer(sentAt, System.nanoTime(), 0, size, null));
            unanswered.addAndGet(size);
        } catch (Exception e) {
            failed.addAndGet(size);
        }
        return List.of();
    }

    private List<String> remember(List<GeneratedArticle> batch, JsonNode answer, long at, long publishedAt) {
        for (JsonNode receipt : answer.get("receipts")) {
            String id = receipt.get("id").asText();
            owed.merge(id, 1, Integer::sum);
            acknowledgedAt.putIfAbsent(id, at);
        }
        JsonNode outcomes = answer.get("articles");
        List<String> given = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode outcome = outcomes.get(i);
            String verdict = outcome.get("verdict").asText();
            given.add(verdict);
            verdicts.computeIfAbsent(verdict, v -> new AtomicLong()).incrementAndGet();
            if (batch.get(i).spike() >= 0 && !verdict.equals("exact_duplicate")) {
                String id = verdict.equals("near_duplicate") ? outcome.get("duplicateOf").asText()
                        : outcome.get("id").asText();
                spikeReports.add(new SpikeReport(batch.get(i).series(), id, publishedAt));
            }
        }
        return given;
    }

    /** No new request; waits for those in flight to be answered. */
    void stop() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(60, TimeUnit.SECONDS);
        posters.shutdown();
        posters.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** Every request sent so far and its answer, in the order answered. */
    List<Answer> log() {
        return log;
    }

    /** The batches refused with 503, in the order answered. */
    List<Refused> refused() {
        return refused;
    }

    /** Articles not sent because {@link #maxInFlight(int)} requests were already waiting. */
    long skipped() {
        return skipped.get();
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
