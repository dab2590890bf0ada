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
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.raqib.schemas.Topics;

/**
 * The broker goes away under steady load and comes back on the same ports and log dir: first a controlled shutdown
 * (SIGTERM), then a crash (SIGKILL, its log recovered at the next start). While it is away ingest must refuse with a
 * retryable 503 and a Retry-After, within its configured timeout, and acknowledge with 202 only what Kafka took; once
 * it is back the stream services, never restarted, must resume by themselves, and exactly-once must hold as in
 * {@link CrashRecoveryIT}: every acknowledged article enriched once, every spike alerted, no update written twice.
 *
 * <p>The broker is a process of its own ({@link BrokerProcess}), as {@code ./raqib up} runs it. Opt-in like the crash
 * test: {@code ./mvnw -pl e2e-tests verify -Draqib.fault-tests=true -Dit.test=BrokerRestartIT}.
 */
@EnabledIfSystemProperty(named = "raqib.fault-tests", matches = "true")
class BrokerRestartIT {

    private static final int PER_SECOND = FaultLoad.perSecond("raqib.broker-restart.rate");
    /** How long the broker stays away, from the signal to the next start: longer than ingest's ack timeout. */
    private static final Duration DOWN = Duration.ofSeconds(Long.getLong("raqib.broker-restart.down-seconds", 20));
    /** ingest's raqib.ingest.ack-timeout-ms, its default, set here so that the bound below is this test's. */
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The longest an answer may take: sends may block for max.block.ms (half the ack timeout) before the ack
     * timeout runs, plus 5 s for a JVM starved of CPU. A client's own timeout (30 s here) must never be the answer.
     */
    private static final Duration ANSWER_LIMIT = ACK_TIMEOUT.plus(ACK_TIMEOUT.dividedBy(2)).plusSeconds(5);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);
    private static final Path LOGS = Path.of(System.getProperty("raqib.e2e.logs", "target/e2e-logs"));

    private Pipeline pipeline;
    private SteadyLoad load;
    private OutputWatch watch;
    private Lag lag;

    @Test
    void theStreamsResumeByThemselvesAndIngestNeverAcknowledgesWhatKafkaDidNotTake() throws Exception {
        Path dir = LOGS.resolve("broker-restart-kafka-" + UUID.randomUUID().toString().substring(0, 8));
        try (BrokerProcess broker = BrokerProcess.start(dir);
                Pipeline pipeline = Pipeline.start("broker", broker.bootstrap(), Map.of(
                        INGEST, Map.of("raqib.ingest.ack-timeout-ms", String.valueOf(ACK_TIMEOUT.toMillis())),
                        ALERT, Map.of("raqib.alert.window", WINDOW.toString(),
                                "raqib.alert.horizons", WINDOW.toString())));
                OutputWatch watch = new OutputWatch(pipeline.bootstrap(), pipeline.prefix());
                SteadyLoad load = new SteadyLoad(9, FEED, () -> pipeline.service(INGEST)).maxInFlight(64);
                Lag lag = new Lag(pipeline.bootstrap())) {
            this.pipeline = pipeline;
            this.watch = watch;
            this.load = load;
            this.lag = lag;
            Faults faults = new Faults(pipeline, load, watch, RECOVERY_LIMIT, this::progress);
            Map<String, Long> pids = pids();
            long started = System.nanoTime();
            load.start(PER_SECOND, BATCH);
            faults.awaitFlow(started, "the first enriched article and alert");
            Thread.sleep(2_000);

            List<Faults.Outage> outages = new ArrayList<>();
            outages.add(faults.brokerOutage(broker, "SIGTERM (controlled shutdown)", broker::stop, DOWN));
            outages.add(faults.brokerOutage(broker, "SIGKILL", broker::kill, DOWN));
            load.stop();

            // What a client does with a 503: send it again. Those refused long before the broker was back (so not
            // possibly written at its return) must be taken as new, not as duplicates of themselves.
            List<String> retried = retryRefused(outages);
            Recovery.Settled settled = Recovery.settle(load, watch, THRESHOLD, WINDOW, RECOVERY_LIMIT,
                    () -> progress("drain"));
            Map<String, Long> pidsAfter = pids();

            Reconciliation enriched = settled.enriched();
            AlertAudit audit = settled.audit();
            List<SteadyLoad.Answer> answers = load.log();
            long slowest = answers.stream().mapToLong(SteadyLoad.Answer::millis).max().orElse(0);
            Map<Integer, Long> wrong = answers.stream().filter(a -> a.status() != 202 && a.status() != 503)
                    .collect(Collectors.groupingBy(SteadyLoad.Answer::status, TreeMap::new,
                            Collectors.summingLong(SteadyLoad.Answer::articles)));
            long without = answers.stream().filter(a -> a.status() == 503 && a.retryAfter() == null).count();

            String report = String.format("broker restart, %d articles/s in batches of %d, broker down %d s each time:"
                    + "%n  %s%n  ingest: %d articles sent, by answer %s, unanswered %d, failed %d, skipped %d, "
                    + "slowest answer %d ms (limit %d), verdicts %s%n  retried after 503: %s%n"
                    + "  articles.enriched: %s%n  topic.mentions: %d records%n  alerts: %s%n", PER_SECOND, BATCH,
                    DOWN.toSeconds(), outages.stream().map(faults::describe).collect(Collectors.joining("\n  ")),
                    load.sent(), load.answers(), load.unanswered(), load.failed(), load.skipped(), slowest,
                    ANSWER_LIMIT.toMillis(), load.verdicts(), retried, enriched,
                    lag.written(Topics.TOPIC_MENTIONS.withPrefix(pipeline.prefix()).name()), audit);
            System.out.print(report);
            Files.writeString(pipeline.logs().resolve("figures.txt"), report);

            // All checked, all reported: one broken promise should not hide another.
            long slowestAnswer = slowest;
            assertAll(
                    () -> assertEquals(pids, pidsAfter, "services restarted or dead (-1)"),
                    () -> assertEquals(Map.of(), wrong, "articles by answers other than 202 and 503 (0: none in 30 s)"),
                    () -> assertEquals(0, without, "503s without Retry-After"),
                    () -> assertEquals(0, load.failed(), "requests that failed in the client"),
                    () -> assertTrue(slowestAnswer <= ANSWER_LIMIT.toMillis(), "an answer took " + slowestAnswer
                            + " ms, more than ingest's ack timeout allows (" + ANSWER_LIMIT.toMillis() + " ms)"),
                    () -> assertTrue(load.answers().getOrDefault(503, 0L) > 0,
                            "nothing was refused with 503 while the broker was away"),
                    () -> assertTrue(retried.stream().noneMatch("exact_duplicate"::equals),
                            "a refused article was remembered as if published: " + retried),
                    () -> assertEquals(0, enriched.lost(), "acknowledged articles never enriched: " + enriched),
                    () -> assertEquals(0, enriched.duplicates(), "articles enriched twice: " + enriched),
                    () -> assertTrue(enriched.in() > PER_SECOND * 10L, "too little load to tell anything: "
                            + enriched),
                    () -> assertEquals(List.of(), audit.duplicated(), "alert updates written twice"),
                    () -> assertEquals(List.of(), audit.unalerted(), "spikes that raised no alert: " + audit),
                    () -> assertTrue(audit.groups() > 0, "no spike reached the threshold: " + audit));
        }
    }

    /** Sends again up to three batches refused well before the broker came back; their verdicts. */
    private List<String> retryRefused(List<Faults.Outage> outages) {
        List<String> verdicts = new ArrayList<>();
        load.refused().stream()
                .filter(refused -> outages.stream().anyMatch(outage -> refused.sentAt() > outage.signalled()
                        && refused.sentAt() + ANSWER_LIMIT.toNanos() < outage.back()))
                .limit(3)
                .forEach(refused -> verdicts.addAll(load.resend(refused.batch())));
        return verdicts;
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        for (String service : List.of(INGEST, NLP, ALERT)) {
            long pid = pipeline.service(service).pid();
            pids.put(service, ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : -1);
        }
        return pids;
    }

    private String progress(String what) {
        return String.format("%s: %d acknowledged, %d enriched read, %d alert records, answers %s", what,
                load.acknowledgedRecords(), watch.enrichedCounts().size(), watch.alerts().size(), load.answers());
    }
}
