package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A made-up run of 30 s at 200 articles/s, through the report and the plot. */
class ReportTest {

    static Report.Run syntheticRun() {
        BenchOptions options = BenchOptions.parse("--warmup", "5", "--duration", "20", "--group", "raqib-nlp",
                "--group", "raqib-alert", "--isolation", "test");
        RunClock clock = new RunClock(0, 5, 20);
        Meters meters = new Meters();
        Timeline timeline = new Timeline();
        for (int s = 0; s < 30; s++) {
            boolean loading = s < 25;
            meters.offered.add(s, loading ? 200 : 0);
            meters.acknowledged.add(s, loading ? 200 : 0);
            meters.raw.add(s, loading ? 200 : 0);
            meters.enriched.add(s, loading ? 195 : 25);
            meters.mentions.add(s, loading ? 3900 : 500);
            for (int i = 0; i < 50; i++) {
                meters.toEnriched.record(s, (20 + i + (s == 12 ? 400 : 0)) * 1_000_000L);
                meters.ingestLatency.record(s, (3 + i / 10) * 1_000_000L);
            }
            if (s % 5 == 2) {
                meters.toAlert.record(s, (150 + 10 * s) * 1_000_000L);
                meters.alerts.add(s, 1);
            }
            timeline.put("lag.raqib-nlp", s, loading ? 40 + s : 0);
            timeline.put("lag.raqib-alert", s, loading ? 900 + 30 * s : 0);
            timeline.put("lag.raqib-nlp.articles.raw", s, loading ? 40 + s : 0);
            timeline.put("lag.raqib-alert.topic.mentions", s, loading ? 900 + 30 * s : 0);
            for (String service : List.of("ingest-service", "nlp-service", "alert-service")) {
                timeline.put("cpu." + service, s, 0.2 + 0.01 * s);
                timeline.put("heapMb." + service, s, 120 + 5 * (s % 7));
                timeline.put("gcMsPerSec." + service, s, 4);
                timeline.put("rssMb." + service, s, 420);
            }
            timeline.put("cpu.kafka", s, 0.15);
            timeline.put("rssMb.kafka", s, 600);
            if (s % Sampler.SCRAPE_EVERY_S == 0) { // cumulative, as scraped: 0.1 and 0.05 cores
                timeline.put(MetricsScraper.stepCpuSeries("nlp-service", "extraction"), s, 0.1 * s);
                timeline.put(MetricsScraper.stepCpuSeries("ingest-service", "dedup"), s, 0.05 * s);
            }
        }
        for (int i = 0; i < 5000; i++) {
            meters.bodyBytes.add(1024 + (i * 37) % 7000);
        }
        LoadStats load = new LoadStats();
        load.posts.set(500);
        load.articlesOffered.set(5000);
        AckLedger ledger = new AckLedger();
        OutputWatcher output = new OutputWatcher("localhost:1", "", List.of(), clock, meters, ledger);
        output.volumes().get("articles.raw").add(24, 3500);
        output.volumes().get("articles.enriched").add(24, 5200);
        Map<String, Double> threads = new LinkedHashMap<>();
        threads.put("raqib-alert-ben", 0.21);
        threads.put("kafka-producer-", 0.066);
        threads.put(ThreadCpu.JIT, 0.036);
        threads.put(ThreadCpu.GC, 0.014);
        threads.put("executor-thread", 0.005);
        threads.put("VM Periodic Tas", 0.004);
        threads.put("alert-feed", 0.002);
        Map<String, Object> host = new LinkedHashMap<>(HostInfo.describe());
        host.put("cores", 2);
        return new Report.Run(options, Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2025-01-01T10:00:30Z"),
                host, 1.5, 2.5, clock, 30, 3.2, meters, load, ledger, output, timeline, Map.of("kafka", 1L), 4,
                Map.of("alert-service", threads));
    }

    @Test
    void brokerWritesAreGivenPerArticleLargestFirstWithTheirShareAndShortNames() throws Exception {
        BenchOptions options = BenchOptions.parse("--rate", "200", "--topic-prefix", "bench-20261207-132227.",
                "--group", "raqib-nlp-bench-20261207-132227", "--group", "raqib-alert-bench-20261207-132227");
        Map<String, Long> written = new LinkedHashMap<>();
        written.put("bench-20261207-132227.articles.raw", 250_000L);
        written.put("raqib-alert-bench-20261207-132227-series-windows-changelog", 700_000L);
        written.put("bench-20261207-132227.articles.enriched", 50_000L);

        JsonNode writes = Report.brokerWrites(written, 200, options);

        assertEquals(5000.0, writes.path("bytesPerArticle").asDouble());
        List<String> names = new ArrayList<>();
        writes.path("topics").forEach(topic -> names.add(topic.path("name").asText()));
        assertEquals(List.of("raqib-alert/series-windows-changelog", "articles.raw", "articles.enriched"), names);
        JsonNode changelog = writes.path("topics").path("raqib-alert-bench-20261207-132227-series-windows-changelog");
        assertEquals(3500.0, changelog.path("bytesPerArticle").asDouble());
        assertEquals(70.0, changelog.path("share").asDouble());
    }

    @Test
    void theReportHasEveryFigureAndTheTableAndPlotAreDrawnFromIt() throws Exception {
        JsonNode report = Report.build(syntheticRun());
        assertEquals(200.0, report.path("throughput").path("acknowledgedPerSecond").asDouble());
        assertEquals(195.0, report.path("throughput").path("enrichedPerSecond").asDouble());
        assertEquals(20.0, report.path("throughput").path("mentionsPerArticle").asDouble(), 0.5);
        // nlp's lag grew 20 records in 20 s: it consumed 1 article/s less than ingest took in.
        assertEquals(199.0, report.path("throughput").path("nlpConsumedPerSecond").asDouble());
        assertEquals("alert-service", report.path("throughput").path("limitedBy").asText());
        assertEquals(1500, report.path("latency").path("ackToEnrichedMs").path("count").asInt());
        assertTrue(report.path("latency").path("ackToAlertMs").path("definition").asText().contains("read_committed"));
        assertEquals(0.69, report.path("resources").path("ingest-service").path("cpuCoresMean").asDouble(), 0.01);
        assertEquals(150.0, report.path("resources").path("nlp-service").path("heapMbMax").asDouble());
        assertEquals(0.3, report.path("resources").path("kafka").path("cpuCoresMax").asDouble(), 0.001);
        // CPU per article: ingest's and the broker's per article acknowledged, the pipeline's per article sustained.
        assertEquals(3.45, report.path("resources").path("ingest-service").path("cpuMsPerArticle").asDouble(), 0.01);
        assertEquals(1.5, report.path("resources").path("kafka").path("cpuMsPerArticle").asDouble(), 0.01);
        assertEquals(2.37, report.path("pipelineCpu").path("cores").asDouble(), 0.01);
        assertEquals(2.37 * 1000 / report.path("throughput").path("sustainedArticlesPerSecond").asDouble(),
                report.path("pipelineCpu").path("msPerArticle").asDouble(), 0.05);
        // The services' timed steps, from their cumulative counters: the rest is what the pipeline costs without them.
        assertEquals(0.1, report.path("resources").path("nlp-service").path("stepCores").path("extraction")
                .asDouble(), 1e-9);
        assertEquals(0.15, report.path("pipelineCpu").path("stepCores").asDouble(), 1e-9);
        assertEquals(report.path("pipelineCpu").path("msPerArticle").asDouble() * (2.37 - 0.15) / 2.37,
                report.path("pipelineCpu").path("restMsPerArticle").asDouble(), 0.05);
        assertEquals(3524.0, report.path("bytes").path("articles.raw").path("bytesPerArticle").asDouble());
        assertEquals(3, report.path("targets").size());
        assertEquals("met", report.path("targets").get(2).path("status").asText());
        assertEquals(30, report.path("timeseries").path("acknowledgedPerSecond").size());

        String table = Report.table(report);
        assertTrue(table.contains("sustained through ingest -> nlp -> alert"), table);
        assertTrue(table.contains("[met]"), table);
        assertEquals(0.036, report.path("resources").path("alert-service").path("threadCores").path(ThreadCpu.JIT)
                .asDouble());
        assertTrue(table.contains("alert-service    raqib-alert-ben 0.21 · kafka-producer- 0.07 · JIT compilers 0.04"
                + " · garbage collector 0.01 · executor-thread 0.01 · 2 more 0.01"), table);
        assertTrue(table.contains("nlp-service      extraction 0.10 · "), table);
        assertTrue(table.contains("ms an article besides the timed steps"), table);

        // Nothing was read from a broker here: no section of broker writes.
        assertEquals(0, report.path("brokerWrites").path("topics").size());
        assertFalse(table.contains("Written to the broker"), table);

        Path dir = Files.createDirectories(Path.of("target/report-test"));
        Path png = dir.resolve("synthetic.png");
        Plot.write(report, png);
        assertTrue(ImageIO.read(png.toFile()).getWidth() >= 1200);
        Files.writeString(dir.resolve("synthetic.txt"), table);
    }
}
