package io.raqib.e2e;

import static io.raqib.e2e.FaultLoad.BATCH;
import static io.raqib.e2e.FaultLoad.FEED;
import static io.raqib.e2e.FaultLoad.THRESHOLD;
import static io.raqib.e2e.FaultLoad.WINDOW;
import static io.raqib.e2e.Pipeline.INGEST;
import static io.raqib.e2e.Pipeline.NLP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.raqib.schemas.Topics;
import io.raqib.testkafka.ServiceProcess;

/**
 * nlp-service scaled out under steady load, then in again: a second instance with the same application id (its own
 * state directory and HTTP port) joins, half of articles.raw's partitions move to it; later it is stopped gracefully
 * (SIGTERM, as Kubernetes scales a Deployment down) and they move back. After each move every article acknowledged
 * before it is enriched exactly once, and at the end every acknowledged article and every spike's alert is there,
 * nothing twice. Prints how long each move held the enriched output back.
 *
 * <p>Opt-in like the crash test: {@code ./mvnw -pl e2e-tests verify -Draqib.fault-tests=true -Dit.test=RebalanceIT}.
 */
@EnabledIfSystemProperty(named = "raqib.fault-tests", matches = "true")
class RebalanceIT {

    private static final int PER_SECOND = FaultLoad.perSecond("raqib.rebalance.rate");
    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final String SECOND = "nlp-service-2";

    private Pipeline pipeline;
    private SteadyLoad load;
    private OutputWatch watch;
    private Group group;

    @Test
    void partitionsMoveToASecondInstanceAndBackWithNothingLostAndNothingTwice() throws Exception {
        try (Pipeline pipeline = Pipeline.start("rebalance", Map.of("raqib.alert.window", WINDOW.toString(),
                "raqib.alert.horizons", WINDOW.toString()));
                OutputWatch watch = new OutputWatch(pipeline.bootstrap(), pipeline.prefix());
                SteadyLoad load = new SteadyLoad(10, FEED, () -> pipeline.service(INGEST));
                Group group = new Group(pipeline.bootstrap())) {
            this.pipeline = pipeline;
            this.watch = watch;
            this.load = load;
            this.group = group;
            long started = System.nanoTime();
            load.start(PER_SECOND, BATCH);
            Recovery.awaitFlow(started, load, watch, LIMIT, () -> progress("the first enriched article and alert"));
            long steady = System.nanoTime();
            Thread.sleep(10_000);
            List<String> steps = new ArrayList<>();
            steps.add(String.format("before any move, for comparison (10 s): the longest an article waited %d ms, the "
                    + "longest stretch without output %d ms", Recovery.longestWait(steady, System.nanoTime(), load,
                            watch), Recovery.longestPause(steady, System.nanoTime(), watch)));

            long scaledOut = System.nanoTime();
            ServiceProcess second = pipeline.startInstance(NLP, SECOND).awaitReady(LIMIT);
            long ready = System.nanoTime();
            long split = awaitAssignment(held -> held.size() == 2 && held.values().stream().allMatch(n -> n > 0),
                    "the partitions split between two instances");
            Recovery.awaitFlow(split, load, watch, LIMIT, () -> progress("output after the scale-out"));
            Thread.sleep(10_000); // both instances at work for a while
            long processedBySecond = processed(second);
            steps.add(step("scale-out to 2 instances", scaledOut, ready, split));
            Reconciliation afterOut = settled(System.nanoTime());
            steps.add("  after it, articles acknowledged so far: " + afterOut);

            long scaledIn = System.nanoTime();
            boolean graceful = pipeline.stop(SECOND, Duration.ofSeconds(120));
            long stopped = System.nanoTime();
            long merged = awaitAssignment(held -> held.size() == 1 && held.values().iterator().next() == 6,
                    "every partition back on the first instance");
            Recovery.awaitFlow(merged, load, watch, LIMIT, () -> progress("output after the scale-in"));
            Thread.sleep(10_000);
            steps.add(step("scale-in to 1 instance (SIGTERM, " + (graceful ? "stopped by itself" : "killed after "
                    + "120 s") + ")", scaledIn, stopped, merged));
            Reconciliation afterIn = settled(System.nanoTime());
            steps.add("  after it, articles acknowledged so far: " + afterIn);
            load.stop();

            Recovery.Settled settled = Recovery.settle(load, watch, THRESHOLD, WINDOW, LIMIT, () -> progress("drain"));
            Reconciliation enriched = settled.enriched();
            AlertAudit audit = settled.audit();

            String report = String.format("rebalance of nlp-service, %d articles/s in batches of %d:%n  %s%n"
                    + "  records processed by the second instance: %d%n"
                    + "  ingest: %d articles sent, by answer %s, unanswered %d, failed %d, skipped %d, verdicts %s%n"
                    + "  articles.enriched: %s%n  alerts: %s%n", PER_SECOND, BATCH, String.join("\n  ", steps),
                    processedBySecond, load.sent(), load.answers(), load.unanswered(), load.failed(), load.skipped(),
                    load.verdicts(), enriched, audit);
            System.out.print(report);
            Files.writeString(pipeline.logs().resolve("figures.txt"), report);

            assertTrue(processedBySecond > 0, "the second instance processed nothing");
            assertTrue(graceful, "the second instance did not stop within 120 s of SIGTERM");
            for (Reconciliation step : List.of(afterOut, afterIn, enriched)) {
                assertEquals(0, step.lost(), "acknowledged articles never enriched: " + step);
                assertEquals(0, step.duplicates(), "articles enriched twice: " + step);
            }
            assertTrue(enriched.in() > PER_SECOND * 10L, "too little load to tell anything: " + enriched);
            assertEquals(List.of(), audit.duplicated(), "alert updates written twice");
            assertEquals(List.of(), audit.unalerted(), "spikes that raised no alert: " + audit);
        }
    }

    /**
     * Waits until the nlp group's hold on articles.raw (member → partitions) satisfies {@code settled}.
     *
     * @return when it did (System.nanoTime)
     */
    private long awaitAssignment(Predicate<Map<String, Integer>> settled, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Map<String, Integer> held = Map.of();
        while (!settled.test(held = group.partitionsOf(pipeline.group(NLP), raw()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ": " + held);
            }
            Thread.sleep(250);
        }
        return System.nanoTime();
    }

    /**
     * One move's figures: the instance ready (or gone), the partitions moved; from the start of the move until now,
     * the longest an article waited for its enriched record, and the longest stretch without any enriched article.
     */
    private String step(String what, long began, long instance, long moved) {
        long now = System.nanoTime();
        return String.format("%s: instance %s after %d ms, partitions moved after %d ms; in the %d s from the start "
                + "of the move, the longest an acknowledged article waited to come out enriched: %d ms, the longest "
                + "stretch without any enriched article: %d ms", what, what.startsWith("scale-out") ? "ready" : "gone",
                (instance - began) / 1_000_000, (moved - began) / 1_000_000, (now - began) / 1_000_000_000,
                Recovery.longestWait(began, now, load, watch), Recovery.longestPause(began, now, watch));
    }

    /**
     * Waits until every article acknowledged before {@code cutoff} is out (or {@link #LIMIT}), and reconciles those:
     * under load the newest ones are still on their way, so only these can be counted as lost.
     */
    private Reconciliation settled(long cutoff) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            Map<String, Integer> owed = load.owed().entrySet().stream()
                    .filter(owing -> load.acknowledgedAt().getOrDefault(owing.getKey(), Long.MAX_VALUE) < cutoff)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<String, Integer> seen = watch.enrichedCounts().entrySet().stream()
                    .filter(read -> owed.containsKey(read.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Reconciliation reconciliation = Reconciliation.of(owed, watch.rawCounts(), seen);
            if (reconciliation.complete() || System.nanoTime() > deadline) {
                return reconciliation;
            }
            Thread.sleep(500);
        }
    }

    /** Records the instance's stream thread processed: Kafka Streams' own counter, from its Prometheus metrics. */
    private static long processed(ServiceProcess instance) throws Exception {
        return (long) instance.get("/q/metrics").body().lines()
                .filter(line -> line.startsWith("kafka_stream_thread_process_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String raw() {
        return Topics.ARTICLES_RAW.withPrefix(pipeline.prefix()).name();
    }

    private String progress(String what) {
        return String.format("%s: %d acknowledged, %d enriched read, %d alert records; partitions held %s", what,
                load.acknowledgedRecords(), watch.enrichedCounts().size(), watch.alerts().size(),
                group.partitionsOf(pipeline.group(NLP), raw()));
    }
}
