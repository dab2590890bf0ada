package io.raqib.e2e;

import static io.raqib.e2e.FaultLoad.BATCH;
import static io.raqib.e2e.FaultLoad.FEED;
import static io.raqib.e2e.FaultLoad.THRESHOLD;
import static io.raqib.e2e.FaultLoad.WINDOW;
import static io.raqib.e2e.Pipeline.ALERT;
import static io.raqib.e2e.Pipeline.INGEST;
import static io.raqib.e2e.Pipeline.NLP;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;


/**
 * A longer run of the faults than the fault tests, for {@code ./raqib chaos}: under steady load, for the minutes
 * asked, one fault after another with a quiet stretch between — kill -9 nlp-service, the broker stopped, kill -9
 * alert-service, a second nlp-service instance, the broker killed, the second instance stopped, kill -9 of both
 * stream services — then the reconciliation: every acknowledged article enriched once, every spike alerted, no alert
 * update twice. ingest's answers are reported, not judged: {@link BrokerRestartIT} judges them.
 *
 * <p>On a broker process and services of its own, on free ports, not on those {@code ./raqib up} runs: a run that
 * kills processes must own them, and on a shared machine 9092 and 8081-8083 may be someone else's. It runs only when
 * asked: {@code ./raqib chaos --minutes 10}, or {@code -Draqib.chaos.minutes=10 -Dit.test=ChaosIT}.
 */
@EnabledIfSystemProperty(named = "raqib.chaos.minutes", matches = "[0-9]+")
class ChaosIT {

    private static final Duration RUN = Duration.ofMinutes(Integer.getInteger("raqib.chaos.minutes", 0));
    private static final int PER_SECOND = FaultLoad.perSecond("raqib.chaos.rate");
    private static final Duration DOWN = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(15);
    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final String SECOND = "nlp-service-2";
    private static final Path LOGS = Path.of(System.getProperty("raqib.e2e.logs", "target/e2e-logs"));

    private Pipeline pipeline;
    private SteadyLoad load;
    private OutputWatch watch;
    private BrokerProcess broker;
    private Faults faults;

    /** A fault; what it returns says what happened, once the load has stopped and every answer is in. */
    private interface Fault {
        Supplier<String> inflict() throws Exception;
    }

    @Test
    void nothingLostAndNothingTwiceThroughOneFaultAfterAnother() throws Exception {
        Path dir = LOGS.resolve("chaos-kafka-" + UUID.randomUUID().toString().substring(0, 8));
        try (BrokerProcess broker = BrokerProcess.start(dir);
                Pipeline pipeline = Pipeline.start("chaos", broker.bootstrap(), Map.of(ALERT, Map.of(
                        "raqib.alert.window", WINDOW.toString(), "raqib.alert.horizons", WINDOW.toString())));
                OutputWatch watch = new OutputWatch(pipeline.bootstrap(), pipeline.prefix());
                SteadyLoad load = new SteadyLoad(11, FEED, () -> pipeline.service(INGEST)).maxInFlight(64)) {
            this.pipeline = pipeline;
            this.watch = watch;
            this.load = load;
            this.broker = broker;
            this.faults = new Faults(pipeline, load, watch, LIMIT, this::progress);
            List<Fault> cycle = List.of(
                    () -> crash(NLP),
                    () -> brokerOutage("SIGTERM (controlled shutdown)", broker::stop),
                    () -> crash(ALERT),
                    this::scaleOut,
                    () -> brokerOutage("SIGKILL", broker::kill),
                    this::scaleIn,
                    () -> crash(NLP, ALERT));

            long started = System.nanoTime();
            load.start(PER_SECOND, BATCH);
            faults.awaitFlow(started, "the first enriched article and alert");
            long end = started + RUN.toNanos();
            List<Supplier<String>> happened = new ArrayList<>();
            int next = 0;
            // A whole cycle at least, and never ending with the second instance still running.
            do {
                Thread.sleep(QUIET.toMillis());
                happened.add(cycle.get(next++ % cycle.size()).inflict());
            } while (next < cycle.size() || System.nanoTime() < end || pipeline.service(SECOND) != null);
            load.stop();
            Recovery.Settled settled = Recovery.settle(load, watch, THRESHOLD, WINDOW, LIMIT, () -> progress("drain"));
            Reconciliation enriched = settled.enriched();
            AlertAudit audit = settled.audit();
            String report = String.format("chaos, %d s at %d articles/s in batches of %d, %d faults:%n  %s%n"
                    + "  ingest: %d articles sent, by answer %s (0: none within 30 s), skipped %d, verdicts %s%n"
                    + "  articles.enriched: %s%n  alerts: %s%n", (System.nanoTime() - started) / 1_000_000_000,
                    PER_SECOND, BATCH, happened.size(), happened.stream().map(Supplier::get)
                            .collect(Collectors.joining("\n  ")), load.sent(), answers(), load.skipped(),
                    load.verdicts(), enriched, audit);
            System.out.print(report);
            Files.writeString(pipeline.logs().resolve("figures.txt"), report);

            assertAll(
                    () -> assertEquals(0, enriched.lost(), "acknowledged articles never enriched: " + enriched),
                    () -> assertEquals(0, enriched.duplicates(), "articles enriched twice: " + enriched),
                    () -> assertTrue(enriched.in() > 0, "nothing was acknowledged"),
                    () -> assertEquals(List.of(), audit.duplicated(), "alert updates written twice"),
                    () -> assertEquals(List.of(), audit.unalerted(), "spikes that raised no alert: " + audit));
        }
    }

    private Supplier<String> crash(String... victims) throws Exception {
        String figures = faults.crash(List.of(victims));
        return () -> figures;
    }

    private Supplier<String> brokerOutage(String how, Faults.BrokerSignal signal) throws Exception {
        Faults.Outage outage = faults.brokerOutage(broker, how, signal, DOWN);
        return () -> faults.describe(outage);
    }

    private Supplier<String> scaleOut() throws Exception {
        long began = System.nanoTime();
        pipeline.startInstance(NLP, SECOND).awaitReady(LIMIT);
        long ready = (System.nanoTime() - began) / 1_000_000;
        String figures = String.format("a second nlp-service: ready after %d ms", ready);
        return () -> figures;
    }

    private Supplier<String> scaleIn() throws Exception {
        long began = System.nanoTime();
        boolean graceful = pipeline.stop(SECOND, Duration.ofSeconds(120));
        String figures = String.format("the second nlp-service stopped (SIGTERM): %s after %d ms", graceful
                ? "gone by itself" : "killed", (System.nanoTime() - began) / 1_000_000);
        return () -> figures;
    }

    /** Requests' articles by answer, including those answered late or not at all. */
    private Map<Integer, Long> answers() {
        return load.log().stream().collect(Collectors.groupingBy(SteadyLoad.Answer::status, java.util.TreeMap::new,
                Collectors.summingLong(SteadyLoad.Answer::articles)));
    }

    private String progress(String what) {
        return String.format("%s: %d acknowledged, %d enriched read, %d alert records, answers %s", what,
                load.acknowledgedRecords(), watch.enrichedCounts().size(), watch.alerts().size(), load.answers());
    }
}
