package io.raqib.nlp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.nlp.extract.Extractor;

/**
 * CPU time per article of the extraction, on the 64 articles of {@code ExtractionBenchmark} (stored with the golden
 * inputs as {@code bench-*}): a measure that holds on a shared machine, where JMH's articles per second of wall time
 * move with whatever else runs. Not a test; run it from nlp-service after {@code ../mvnw -o -q test-compile}:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cli-classpath.txt)" io.raqib.nlp.cli.ExtractionCpuTime [WARM_UP_S] [ROUNDS]
 * </pre>
 * Each round extracts the 64 articles 40 times and prints the main thread's CPU time per article (the JIT and the
 * garbage collector run on other threads and are not in it); take the best rounds of several runs.
 */
public final class ExtractionCpuTime {

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> articles = benchmarkArticles();
        Extractor extractor = Extractor.bundled();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long figures = 0; // used, so that no extraction can be left out by the JIT
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (String article : articles) {
                figures += extractor.extract(article).figures().size();
            }
        }
        for (int round = 1; round <= rounds; round++) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            int extracted = 0;
            for (int k = 0; k < 40; k++) {
                for (String article : articles) {
                    figures += extractor.extract(article).figures().size();
                    extracted++;
                }
            }
            double microseconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / extracted;
            System.out.printf("round %d: %.1f µs of CPU per article (%.0f articles per CPU second)%n", round,
                    microseconds, 1e6 / microseconds);
        }
        System.out.println(articles.size() + " articles, " + figures + " figures found in all");
    }

    private static List<String> benchmarkArticles() throws IOException {
        List<String> articles = new ArrayList<>();
        try (InputStream in = ExtractionCpuTime.class.getResourceAsStream("/golden/inputs.jsonl.gz");
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode input = ExtractionJson.JSON.readTree(line);
                if (input.path("id").asText().startsWith("bench-")) {
                    articles.add(input.path("text").asText());
                }
            }
        }
        return articles;
    }
}
