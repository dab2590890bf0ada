package io.raqib.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.schemas.EntityType;
import io.raqib.schemas.Topics;
import io.raqib.security.ApiKeys;
import io.raqib.security.KeyGen;
import io.raqib.security.Roles;
import io.raqib.testkafka.ServiceProcess;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

/**
 * The walking skeleton, end to end: the three packaged services as separate JVMs on a real broker. The sample
 * articles that {@code ./raqib up} feeds go in through the ingest API; enriched records and an alert come out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the metrics check reads what the articles' run left behind
class PipelineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of(System.getProperty("raqib.e2e.logs", "target/e2e-logs"));
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static String bootstrap;
    private static ServiceProcess ingest;
    private static ServiceProcess nlp;
    private static ServiceProcess alert;

    @BeforeAll
    static void startPipeline() throws Exception {
        bootstrap = TestBroker.shared().bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path state = LOGS.resolve("state-" + run);
        Map<String, String> kafka = Map.of("kafka.bootstrap.servers", bootstrap,
                "quarkus.kafka-streams.bootstrap-servers", bootstrap);
        ingest = start("ingest-service", kafka, Map.of());
        nlp = start("nlp-service", kafka, Map.of("quarkus.kafka-streams.application-id", "e2e-nlp-" + run,
                "kafka-streams.state.dir", state.resolve("nlp").toString()));
        // One webhook subscriber (nobody listens there): its meters exist from the start, as the dashboard expects.
        alert = start("alert-service", kafka, Map.of("quarkus.kafka-streams.application-id", "e2e-alert-" + run,
                "kafka-streams.state.dir", state.resolve("alert").toString(), "raqib.alert.threshold", "3",
                "raqib.alert.webhooks.subscribers.e2e.url", "http://127.0.0.1:9/hook",
                "raqib.alert.webhooks.subscribers.e2e.secret", KeyGen.newKey()));
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(Duration.ofSeconds(90));
        }
    }

    /** The pipeline runs as in production, security on: one operator key, known to the three services. */
    private static final String KEY = KeyGen.newKey();

    private static ServiceProcess start(String name, Map<String, String> kafka, Map<String, String> extra) {
        Map<String, String> config = new java.util.HashMap<>(kafka);
        config.putAll(extra);
        config.put("raqib.security.api-keys.e2e.hash", ApiKeys.hash(KEY));
        config.put("raqib.security.api-keys.e2e.roles", Roles.ADMIN);
        ServiceProcess service = ServiceProcess.start(ROOT, name, LOGS, "256m", config).withApiKey(KEY);
        SERVICES.add(service);
        return service;
    }

    @AfterAll
    static void stopPipeline() throws InterruptedException {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    /**
     * Every metric the Grafana dashboard and the PrometheusRule read is one the running services really expose — a
     * renamed meter or an upgraded library would otherwise leave a panel empty or an alert silent. Meters that appear
     * with their first event get one: a refused request, a record each stream must dead-letter, a feed that fails.
     */
    @Test
    @Order(2)
    void theDashboardAndTheAlertRulesReadMetricsTheServicesExpose() throws Exception {
        assertEquals(400, ingest.postJson("/api/articles", "{\"title\": \"\"}").statusCode());
        assertEquals(201, ingest.postJson("/api/sources", "{\"name\": \"e2e-unreachable\", \"url\": "
                + "\"https://feed.invalid/rss\", \"pollInterval\": \"PT1M\"}").statusCode());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(Map.of(
                "bootstrap.servers", bootstrap), new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (String topic : List.of(Topics.ARTICLES_RAW.name(), Topics.TOPIC_MENTIONS.name())) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, "e2e-pill".getBytes(),
                        "not a record".getBytes())).get();
            }
        }
        Set<String> used = new java.util.TreeSet<>();
        Path k8s = ROOT.resolve("deploy/k8s/base");
        for (Path file : List.of(k8s.resolve("grafana/raqib-dashboard.json"),
                k8s.resolve("monitoring/prometheusrule.yaml"))) {
            var names = java.util.regex.Pattern.compile("\\b(?:raqib|jvm|process|http_server|kafka)_[a-zA-Z0-9_]+")
                    .matcher(Files.readString(file));
            while (names.find()) {
                used.add(names.group());
            }
        }
        assertTrue(used.size() > 10, "names found in the dashboard and the rules: " + used);
        Set<String> missing = new java.util.TreeSet<>(used);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            for (ServiceProcess service : SERVICES) {
                for (String line : service.get("/q/metrics").body().split("\n")) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        missing.remove(line.split("[{ ]", 2)[0]);
                    }
                }
            }
            Thread.sleep(1000);
        }
        assertEquals(Set.of(), missing, "metrics the dashboard or the rules read but no service exposes");
    }

    @Test
    @Order(1)
    void anArticlePostedToIngestComesOutEnrichedAndRaisesAnAlert() throws Exception {
        String samples = Files.readString(ROOT.resolve("deploy/local/sample-articles.json"));
        var accepted = ingest.postJson("/api/articles", samples);
        long acknowledged = System.nanoTime();
        assertEquals(202, accepted.statusCode(), accepted.body());
        Set<String> ids = new HashSet<>();
        JSON.readTree(accepted.body()).get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(4, ids.size());

        Set<String> enrichedIds = new HashSet<>();
        var enriched = TestConsumer.readUntil(bootstrap, Topics.ARTICLES_ENRICHED, r -> {
            enrichedIds.add(r.key());
            return enrichedIds.containsAll(ids);
        }, Duration.ofSeconds(60));
        var first = enriched.stream().filter(r -> ids.contains(r.key())).findFirst().orElseThrow().value();
        assertTrue(first.getEntities().stream().anyMatch(e -> e.getType() == EntityType.PLACE), first.toString());
        assertFalse(first.getTopics().isEmpty());

        var alerts = TestConsumer.readUntil(bootstrap, Topics.ALERTS,
                r -> r.value().getSeries().equals("border_infiltration@Hasakah"), Duration.ofSeconds(60));
        long alerted = System.nanoTime();
        var spike = alerts.get(alerts.size() - 1).value();
        assertEquals(3, spike.getObserved());
        assertEquals(3, spike.getIndependentSources());
        assertEquals(3, spike.getEvidence().size());
        System.out.printf("e2e: ingest acknowledged -> alert consumed in %d ms (includes consumer start-up)%n",
                (alerted - acknowledged) / 1_000_000);

        JsonNode page = JSON.readTree(alert.get("/api/alerts?topic=border_infiltration&place=Hasakah").body());
        assertEquals(1, page.get("total").asInt());
        assertEquals(spike.getId(), page.get("alerts").get(0).get("id").asText());

        for (ServiceProcess service : SERVICES) {
            var metrics = service.get("/q/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
        }
    }
}
