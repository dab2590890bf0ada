package io.raqib.deploy;

import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prometheus scrapes every service, every alert rule and dashboard query reads only metrics that exist, every
 * rule has a runbook, and the Grafana dashboard is valid JSON shipped in a ConfigMap Grafana picks up.
 */
class MonitoringTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /**
     * The metric names the rules and the dashboard may use, each seen on a scrape of the built services running
     * the sample articles (and a record each service had to dead-letter) against a real broker, with Quarkus
     * 3.34.2 / Kafka 4.1.1. Counters appear with their first increment (raqib_*_total, http_server_requests_*).
     * e2e-tests' PipelineIT checks every name the dashboard and the rules read against real scrapes of the running
     * services (after causing the events that create the lazy ones); keep this list in step with it.
     */
    static final Map<String, String> METRICS = Map.ofEntries(
            // Micrometer in the services (quarkus-micrometer-registry-prometheus): the JVM, HTTP server and Kafka
            // client binders.
            Map.entry("process_uptime_seconds", "JVM"),
            Map.entry("jvm_memory_used_bytes", "JVM"),
            Map.entry("jvm_memory_max_bytes", "JVM"),
            Map.entry("process_cpu_time_ns_total", "JVM: the process's CPU time"),
            Map.entry("http_server_requests_seconds_count", "HTTP server, after the first request"),
            Map.entry("http_server_requests_seconds_sum", "HTTP server, after the first request"),
            Map.entry("kafka_consumer_fetch_manager_records_lag_max", "Kafka Streams' consumers"),
            Map.entry("kafka_stream_client_state", "KafkaStreams.State ordinal: 2 = RUNNING"),
            Map.entry("kafka_stream_alive_stream_threads", "Kafka Streams client"),
            Map.entry("kafka_stream_failed_stream_threads_total", "Kafka Streams client"),
            Map.entry("kafka_stream_thread_process_total", "Kafka Streams thread"),
            Map.entry("kafka_stream_thread_process_latency_avg", "Kafka Streams thread, ms"),
            Map.entry("kafka_stream_thread_process_latency_max", "Kafka Streams thread, ms"),
            Map.entry("kafka_stream_topic_records_produced_total", "Kafka Streams sink nodes, label topic"),
            // Raqib's own meters: counters exist from their first increment.
            Map.entry("raqib_ingest_articles_published_total", "ArticleResource: raqib.ingest.articles.published"),
            Map.entry("raqib_ingest_requests_rejected_total", "ArticleResource: raqib.ingest.requests.rejected"),
            Map.entry("raqib_ingest_dedup_unsaved_total", "DedupGate: raqib.ingest.dedup.unsaved"),
            Map.entry("raqib_nlp_dead_letters_total", "nlp TopologyProducer: raqib.nlp.dead.letters"),
            Map.entry("raqib_alert_dead_letters_total", "alert TopologyProducer: raqib.alert.dead.letters"),
            // The steps ingest-service and nlp-service time of their own work (StepCpu): registered at start.
            Map.entry("raqib_step_cpu_seconds_total", "raqib.step.cpu{step}: article, dedup, extraction"),
            // ingest-service's feed poller (FeedMetrics): a gauge per feed, registered when the feed is followed.
            Map.entry("raqib_ingest_feed_consecutive_failures", "raqib.ingest.feed.consecutive.failures{source}"),
            // alert-service's webhooks (WebhookMetrics): registered at 0 per subscriber, none without subscribers.
            Map.entry("raqib_alert_webhook_deliveries_total", "raqib.alert.webhook.deliveries{subscriber, outcome}"),
            Map.entry("raqib_alert_webhook_delivery_latency_seconds_count", "raqib.alert.webhook.delivery.latency"),
            Map.entry("raqib_alert_webhook_lag", "raqib.alert.webhook.lag{subscriber}"),
            // Not from the services.
            Map.entry("up", "Prometheus, per scrape target"),
            Map.entry("kube_pod_container_status_restarts_total", "kube-state-metrics"));

    static Path dashboardFile() {
        return Repo.k8s().resolve("base/grafana/raqib-dashboard.json");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aServiceMonitorScrapesEachService(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode service = m.get("Service", s.name);
            Map<String, String> labels = Manifests.strings(service.path("metadata").path("labels"));
            List<JsonNode> monitors = m.ofKind("ServiceMonitor").stream()
                    .filter(sm -> Manifests.selects(sm.path("spec").path("selector").path("matchLabels"), labels))
                    .toList();
            assertEquals(1, monitors.size(), overlay + " " + s.name + ": one ServiceMonitor");
            JsonNode endpoint = monitors.get(0).path("spec").path("endpoints").path(0);
            assertEquals("/q/metrics", endpoint.path("path").asText(), overlay + " " + s.name + ": path");
            assertEquals(service.path("spec").path("ports").path(0).path("name").asText(), endpoint.path("port").asText(),
                    overlay + " " + s.name + ": the Service's port");
            // Pods scraped through two Services would count twice in every sum.
            for (JsonNode other : m.ofKind("Service")) {
                if (!name(other).equals(s.name)) {
                    assertFalse(Manifests.selects(monitors.get(0).path("spec").path("selector").path("matchLabels"),
                            Manifests.strings(other.path("metadata").path("labels"))),
                            overlay + ": " + name(monitors.get(0)) + " also selects Service " + name(other));
                }
            }
        }
    }

    static List<JsonNode> rules(Manifests m) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode pr : m.ofKind("PrometheusRule")) {
            for (JsonNode group : pr.path("spec").path("groups")) {
                group.path("rules").forEach(rules::add);
            }
        }
        return rules;
    }

    @Test
    void ruleExpressionsUseKnownMetricsOnly() {
        List<JsonNode> rules = rules(Kustomize.render("prod"));
        assertFalse(rules.isEmpty(), "alert rules");
        Set<String> used = new TreeSet<>();
        for (JsonNode rule : rules) {
            Set<String> names = PromQl.metricNames(rule.path("expr").asText());
            assertFalse(names.isEmpty(), rule.path("alert").asText() + ": reads some metric");
            Set<String> unknown = new TreeSet<>(names);
            unknown.removeAll(METRICS.keySet());
            assertEquals(Set.of(), unknown, rule.path("alert").asText() + ": metrics not in MonitoringTest.METRICS");
            used.addAll(names);
        }
        // The alerts that matter: lag, dead letters, Kafka Streams state and threads, restarts.
        assertTrue(used.containsAll(Set.of("kafka_consumer_fetch_manager_records_lag_max", "raqib_nlp_dead_letters_total",
                "raqib_alert_dead_letters_total", "kafka_stream_client_state", "kafka_stream_failed_stream_threads_total",
                "kube_pod_container_status_restarts_total")), "rules cover " + used);
    }

    @Test
    void everyRuleHasARunbookSection() {
        for (JsonNode rule : rules(Kustomize.render("prod"))) {
            String alert = rule.path("alert").asText();
            assertFalse(alert.isEmpty(), "alerting rules only: " + rule);
            assertFalse(rule.path("labels").path("severity").asText().isEmpty(), alert + ": severity label");
            assertFalse(rule.path("annotations").path("summary").asText().isEmpty(), alert + ": summary");
            String url = rule.path("annotations").path("runbook_url").asText();
            assertTrue(url.contains("#"), alert + ": runbook_url with an anchor, got '" + url + "'");
            String path = url.substring(0, url.indexOf('#'));
            path = path.contains("deploy/") ? path.substring(path.indexOf("deploy/")) : path;
            Path file = Repo.root().resolve(path);
            assertTrue(Files.isRegularFile(file), alert + ": " + file + " exists");
            String anchor = url.substring(url.indexOf('#') + 1);
            assertTrue(anchors(Repo.read(file)).contains(anchor), alert + ": a section #" + anchor + " in " + path);
        }
    }

    /** GitHub's heading anchors, and explicit {@code <a id="...">} ones. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.matches("#{1,6} .*")) {
                String text = line.replaceFirst("#{1,6} ", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        Matcher m = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"").matcher(markdown);
        while (m.find()) {
            anchors.add(m.group(1));
        }
        return anchors;
    }

    @Test
    void dashboardParsesAndQueriesKnownMetrics() throws Exception {
        JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dashboardFile().toFile());
        assertFalse(dashboard.path("title").asText().isEmpty(), "a title");
        assertFalse(dashboard.path("uid").asText().isEmpty(), "a uid, so links survive re-imports");
        List<String> exprs = new ArrayList<>();
        collectExprs(dashboard.path("panels"), exprs);
        assertTrue(exprs.size() >= 8, "panels with queries, got " + exprs.size());
        Set<String> used = new TreeSet<>();
        for (String expr : exprs) {
            Set<String> unknown = new TreeSet<>(PromQl.metricNames(expr));
            used.addAll(unknown);
            unknown.removeAll(METRICS.keySet());
            assertEquals(Set.of(), unknown, "dashboard query " + expr);
        }
        // Throughput, lag, extraction latency, dead letters, alerts written.
        assertTrue(used.containsAll(Set.of("raqib_ingest_articles_published_total", "kafka_consumer_fetch_manager_records_lag_max",
                "kafka_stream_thread_process_latency_avg", "raqib_nlp_dead_letters_total", "raqib_alert_dead_letters_total",
                "kafka_stream_topic_records_produced_total")), "dashboard covers " + used);
    }

    private static void collectExprs(JsonNode panels, List<String> exprs) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.has("expr")) {
                    exprs.add(target.path("expr").asText());
                }
            }
            collectExprs(panel.path("panels"), exprs);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void dashboardShippedForGrafanasSidecar(String overlay) {
        Manifests m = Kustomize.render(overlay);
        List<JsonNode> dashboards = m.ofKind("ConfigMap").stream()
                .filter(c -> "1".equals(c.path("metadata").path("labels").path("grafana_dashboard").asText()))
                .toList();
        assertEquals(1, dashboards.size(), overlay + ": one ConfigMap labelled grafana_dashboard=1");
        assertEquals(Repo.read(dashboardFile()), dashboards.get(0).path("data").path("raqib-dashboard.json").asText(),
                overlay + ": the ConfigMap holds raqib-dashboard.json as is");
    }

    @Test
    void promQlNamesAreFound() {
        assertEquals(Set.of("a_total", "b"), PromQl.metricNames(
                "sum by (job, x) (rate(a_total{job=~\"x|y\", client_id=~\".+-1\"}[5m])) / on(job) b offset 10m > 5e-3"));
        assertEquals(Set.of("up"), PromQl.metricNames("up{job=\"a\"} == 0"));
    }
}
