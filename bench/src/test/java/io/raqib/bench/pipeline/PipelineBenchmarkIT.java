package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.testkafka.ServiceProcess;
import io.raqib.testkafka.TestBroker;

/**
 * Keeps {@code ./raqib bench} working: the driver, for a few seconds at a low rate, against the three packaged
 * services as separate processes on a real broker (as e2e-tests' PipelineIT starts them). Checks that the report has
 * its fields and the plot is drawn; it asserts no figure, the machine running the build being anyone's.
 */
class PipelineBenchmarkIT {

    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path DIR = Path.of(System.getProperty("raqib.bench.it.dir", "target/bench-it"));
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    /** A key of this test's own for ingest's API (docs/security.md): configured by its hash, unlimited in rate. */
    private static final String API_KEY = "rq_bench_it_" + UUID.randomUUID().toString().replace("-", "");
    private static String bootstrap;

    @BeforeAll
    static void startPipeline() throws Exception {
        bootstrap = TestBroker.shared().bootstrapServers();
        Path state = DIR.resolve("state-" + RUN);
        start("ingest-service", Map.of("raqib.security.api-keys.bench.hash", sha256(API_KEY),
                "raqib.security.api-keys.bench.roles", "ingest:write",
                "raqib.security.api-keys.bench.rate-limit", "none"));
        start("nlp-service", Map.of("quarkus.kafka-streams.application-id", "it-nlp-" + RUN,
                "kafka-streams.state.dir", state.resolve("nlp").toString()));
        start("alert-service", Map.of("quarkus.kafka-streams.application-id", "it-alert-" + RUN,
                "kafka-streams.state.dir", state.resolve("alert").toString()));
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    private static void start(String name, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of("kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.bootstrap-servers", bootstrap));
        config.putAll(extra);
        SERVICES.add(ServiceProcess.start(ROOT, name, DIR.resolve("logs-" + RUN), "384m", config));
    }

    private static String sha256(String key) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopPipeline() throws InterruptedException {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    @Test
    void theBenchmarkRunsAgainstThePipelineAndWritesItsReport() throws Exception {
        List<String> args = new ArrayList<>(List.of("--rate", "20", "--warmup", "5s", "--duration", "8s",
                "--drain", "60s", "--batch", "5", "--spike-every", "40", "--seed", "7", "--bootstrap", bootstrap,
                "--api-key", API_KEY,
                "--group", "it-nlp-" + RUN, "--group", "it-alert-" + RUN, "--out", DIR.resolve("out").toString(),
                "--isolation", "PipelineBenchmarkIT: a test broker, fresh application ids"));
        for (ServiceProcess service : SERVICES) {
            args.addAll(List.of("--service", service.name() + "=" + service.url(), "--pid",
                    service.name() + "=" + service.pid()));
        }
        args.addAll(List.of("--ingest", SERVICES.get(0).url()));

        PipelineBench.Result result = new PipelineBench(BenchOptions.parse(args.toArray(String[]::new))).run();
        System.out.println(result.table());

        JsonNode report = Report.JSON.readTree(result.json().toFile());
        assertTrue(Files.exists(DIR.resolve("out/latest.json")));
        for (String field : List.of("load", "host", "pipeline", "offered", "verdicts", "throughput", "latency", "alerts",
                "lag", "resources", "pipelineCpu", "bytes", "brokerWrites", "targets", "timeseries", "files")) {
            assertTrue(report.has(field), "no " + field + " in " + result.json());
        }
        assertEquals(20.0, report.path("load").path("rate").asDouble());
        assertTrue(report.path("offered").path("articles").asLong() > 0);
        assertTrue(report.path("offered").path("failures").isEmpty(), report.path("offered").toString());
        assertTrue(report.path("verdicts").path("new").asLong() > 0, "nothing acknowledged");
        for (String figure : List.of("count", "p50", "p95", "p99", "max")) {
            assertTrue(report.path("latency").path("ackToEnrichedMs").has(figure));
            assertTrue(report.path("latency").path("ackToAlertMs").has(figure));
        }
        assertTrue(report.path("bytes").path("articles.enriched").path("records").asLong() > 0, "nothing came out");
        assertTrue(report.path("latency").path("ackToAlertMs").path("definition").asText().length() > 50);
        assertTrue(report.path("lag").has("it-nlp-" + RUN) && report.path("lag").has("it-alert-" + RUN));
        for (String service : List.of("ingest-service", "nlp-service", "alert-service")) {
            assertTrue(report.path("resources").path(service).has("heapMbMax"), service);
            assertTrue(report.path("resources").path(service).has("cpuCoresMean"), service);
            assertTrue(report.path("resources").path(service).has("stepCores"), service);
        }
        assertTrue(report.path("pipelineCpu").has("restMsPerArticle"), report.path("pipelineCpu").toString());
        assertEquals(4, report.path("bytes").size());
        assertTrue(report.path("bytes").path("articles.raw").path("records").asLong() > 0);
        assertTrue(report.path("bytes").path("articles.enriched").path("storedBytesPerArticle").asDouble() > 100,
                "what an enriched article takes on disk: " + report.path("bytes"));
        // What the broker wrote includes alert-service's own topics, its changelogs among them.
        List<String> written = new ArrayList<>();
        report.path("brokerWrites").path("topics").fieldNames().forEachRemaining(written::add);
        assertTrue(written.stream().anyMatch(topic -> topic.startsWith("it-alert-" + RUN + "-")
                && topic.endsWith("-changelog")), "alert-service's changelogs among " + written);
        assertTrue(report.path("brokerWrites").path("bytesPerArticle").asDouble() > 1000, report.path("brokerWrites")
                .toString());
        assertEquals(3, report.path("targets").size());
        assertTrue(report.path("host").path("cores").asInt() > 0);
        int seconds = report.path("timeseries").path("second").size();
        assertTrue(seconds >= 9);
        assertEquals(seconds, report.path("timeseries").path("enrichedPerSecond").size());
        assertTrue(ImageIO.read(result.png().toFile()).getHeight() > 500);
    }
}
