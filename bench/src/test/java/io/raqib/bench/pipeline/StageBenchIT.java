package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.testkafka.ServiceProcess;
import io.raqib.testkafka.TestBroker;

/**
 * Keeps {@code ./raqib bench --stage} working: a small backlog filled for alert-service (the stage whose inputs the
 * filler makes with the extractor), two instances of the packaged service started on it in one group, and the watch
 * following them to the end. Asserts the report, no figure.
 */
class StageBenchIT {

    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path DIR = Path.of(System.getProperty("raqib.bench.it.dir", "target/bench-it"));

    @Test
    void twoAlertServiceInstancesTakeAFilledBacklogAndTheWatchReportsTheirRateAndCpu() throws Exception {
        String run = "stage-it-" + UUID.randomUUID().toString().substring(0, 8);
        String bootstrap = TestBroker.shared().bootstrapServers();
        String prefix = run + ".";
        String group = "it-alert-" + run;

        String filled = StageBench.fill(StageBench.Stage.ALERT, bootstrap, prefix, 1000, 7);
        assertTrue(filled.startsWith("filled 1000 enriched articles"), filled);

        // Two instances in one group, as two pods: the watch adds up their CPU.
        try (ServiceProcess first = alertService(run, 1, bootstrap, prefix, group);
                ServiceProcess second = alertService(run, 2, bootstrap, prefix, group)) {
            StageBench.Result result = StageBench.watch(StageBench.Stage.ALERT, bootstrap, prefix, group,
                    List.of(first.pid(), second.pid()), 0, List.of(first.url(), second.url()), 100,
                    Duration.ofMinutes(5), DIR.resolve("out"));
            System.out.print(result.table());

            assertEquals(1000, result.articles());
            assertEquals(2, result.instances());
            assertTrue(result.inputRecords() > 1000, "mentions were counted as input");
            assertTrue(result.articlesPerSecond() > 0 && result.cpuMsPerArticle() > 0, result.table());
            JsonNode json = Report.JSON.readTree(result.json().toFile());
            assertTrue(Files.exists(result.json()));
            for (String field : new String[] {"stage", "instances", "articlesPerSecond", "cpuMsPerArticle",
                    "coresUsed", "stepCpuMsPerArticle", "jvmFlags", "host"}) {
                assertTrue(json.has(field), "no " + field + " in " + result.json());
            }
            assertEquals("alert-service", json.path("stage").asText());
            assertEquals(2, json.path("instances").asInt());
            assertTrue(json.path("jvmFlags").toString().contains("-Xmx384m"), json.path("jvmFlags").toString());
        }
    }

    private static ServiceProcess alertService(String run, int instance, String bootstrap, String prefix,
            String group) {
        // Each instance its own state directory, as each pod has its own volume.
        return ServiceProcess.start(ROOT, "alert-service", DIR.resolve("logs-" + run + "-" + instance), "384m",
                Map.of("kafka.bootstrap.servers", bootstrap, "quarkus.kafka-streams.bootstrap-servers", bootstrap,
                        "quarkus.kafka-streams.application-id", group, "raqib.topic-prefix", prefix,
                        "kafka-streams.state.dir", DIR.resolve("state-" + run + "-" + instance).toString()));
    }
}
