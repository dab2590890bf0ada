package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.testkafka.ServiceProcess;
import io.raqib.testkafka.TestBroker;

/**
 * Keeps {@code ./raqib bench --stage} working: a small backlog filled for alert-service (the stage whose inputs the
 * filler makes with the extractor), the packaged service started on it, and the watch following it to the end.
 * Asserts the report, no figure.
 */
class StageBenchIT {

    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path DIR = Path.of(System.getProperty("raqib.bench.it.dir", "target/bench-it"));

    @Test
    void alertServiceTakesAFilledBacklogAndTheWatchReportsItsRateAndCpu() throws Exception {
        String run = "stage-it-" + UUID.randomUUID().toString().substring(0, 8);
        String bootstrap = TestBroker.shared().bootstrapServers();
        String prefix = run + ".";
        String group = "it-alert-" + run;

        String filled = StageBench.fill(StageBench.Stage.ALERT, bootstrap, prefix, 1000, 7);
        assertTrue(filled.startsWith("filled 1000 enriched articles"), filled);

        try (ServiceProcess alert = ServiceProcess.start(ROOT, "alert-service", DIR.resolve("logs-" + run), "384m",
                Map.of("kafka.bootstrap.servers", bootstrap, "quarkus.kafka-streams.bootstrap-servers", bootstrap,
                        "quarkus.kafka-streams.application-id", group, "raqib.topic-prefix", prefix,
                        "kafka-streams.state.dir", DIR.resolve("state-" + run).toString()))) {
            StageBench.Result result = StageBench.watch(StageBench.Stage.ALERT, bootstrap, prefix, group, alert.pid(),
                    0, 100, Duration.ofMinutes(5), DIR.resolve("out"));
            System.out.print(result.table());

            assertEquals(1000, result.articles());
            assertTrue(result.inputRecords() > 1000, "mentions were counted as input");
            assertTrue(result.articlesPerSecond() > 0 && result.cpuMsPerArticle() > 0, result.table());
            JsonNode json = Report.JSON.readTree(result.json().toFile());
            assertTrue(Files.exists(result.json()));
            for (String field : new String[] {"stage", "articlesPerSecond", "cpuMsPerArticle", "coresUsed", "host"}) {
                assertTrue(json.has(field), "no " + field + " in " + result.json());
            }
            assertEquals("alert-service", json.path("stage").asText());
        }
    }
}
