package io.raqib.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service's own view of itself, from its Prometheus endpoint ({@code /q/metrics}): CPU ({@code
 * process_cpu_usage}, the share of all the host's cores), heap in use ({@code jvm_memory_used_bytes{area="heap"}},
 * every pool summed) and time in GC pauses per second ({@code jvm_gc_pause_seconds_sum}, all collectors).
 */
final class MetricsScraper {

    static final long TIMEOUT_MS = 2000;

    /**
     * The figures of one scrape. NaN when the service did not report one.
     *
     * @param stepCpuSeconds CPU seconds so far of each step of the service's own work ({@code
     *                       raqib_step_cpu_seconds_total}, by its {@code step} tag): what it spends beyond them is what
     *                       Kafka, HTTP and the JVM cost it
     */
    record Scrape(double cpuShare, double heapUsedBytes, double heapCommittedBytes, double gcPauseSeconds,
            Map<String, Double> stepCpuSeconds) {
    }

    private static final String STEP_CPU = "raqib_step_cpu_seconds_total{";
    private static final Pattern STEP_TAG = Pattern.compile("[{,]step=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> services;
    private final Map<String, double[]> lastGc = new HashMap<>();

    MetricsScraper(Map<String, String> services) {
        this.services = new LinkedHashMap<>(services);
    }

    /**
     * Scrapes every service at once and waits at most {@value #TIMEOUT_MS} ms in all, body included: a service too
     * busy to answer leaves a gap in its series, not a stalled sampler.
     */
    void sample(Timeline timeline, int second, double nowSeconds) {
        Map<String, CompletableFuture<HttpResponse<String>>> scrapes = new LinkedHashMap<>();
        services.forEach((name, url) -> scrapes.put(name, http.sendAsync(HttpRequest.newBuilder(
                        metricsUri(url)).timeout(Duration.ofMillis(TIMEOUT_MS))
                .GET().build(), HttpResponse.BodyHandlers.ofString())));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        scrapes.forEach((name, scrape) -> {
            try {
                HttpResponse<String> response = scrape.get(Math.max(1, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                if (response.statusCode() == 200) {
                    record(timeline, name, second, nowSeconds, parse(response.body()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                scrape.cancel(true);
            }
        });
    }

    private void record(Timeline timeline, String name, int second, double nowSeconds, Scrape scrape) {
        timeline.put("cpu." + name, second, scrape.cpuShare());
        timeline.put("heapMb." + name, second, scrape.heapUsedBytes() / 1_048_576);
        timeline.put("heapCommittedMb." + name, second, scrape.heapCommittedBytes() / 1_048_576);
        scrape.stepCpuSeconds().forEach((step, seconds) -> timeline.put(stepCpuSeries(name, step), second, seconds));
        double[] last = lastGc.put(name, new double[] {nowSeconds, scrape.gcPauseSeconds()});
        if (last != null && nowSeconds > last[0] && !Double.isNaN(scrape.gcPauseSeconds())) {
            timeline.put("gcMsPerSec." + name, second,
                    Math.max(0, (scrape.gcPauseSeconds() - last[1]) * 1000 / (nowSeconds - last[0])));
        }
    }

    /** A service's Prometheus endpoint, from its base URL. */
    static URI metricsUri(String service) {
        return URI.create(service.replaceAll("/$", "") + "/q/metrics");
    }

    /** The timeline's series of a step's CPU seconds so far: cumulative, as scraped. */
    static String stepCpuSeries(String service, String step) {
        return "stepCpu." + service + "." + step;
    }

    /** The Prometheus text format, the few lines the report needs. */
    static Scrape parse(String text) {
        double cpu = Double.NaN;
        double heapUsed = 0;
        double heapCommitted = 0;
        double gc = Double.NaN;
        boolean sawHeap = false;
        Map<String, Double> steps = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String series = line.substring(0, space);
            double value;
            try {
                value = Double.parseDouble(line.substring(space + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (series.equals("process_cpu_usage")) {
                cpu = value;
            } else if (series.startsWith("jvm_memory_used_bytes{") && series.contains("area=\"heap\"")) {
                heapUsed += value;
                sawHeap = true;
            } else if (series.startsWith("jvm_memory_committed_bytes{") && series.contains("area=\"heap\"")) {
                heapCommitted += value;
            } else if (series.startsWith("jvm_gc_pause_seconds_sum")) {
                gc = (Double.isNaN(gc) ? 0 : gc) + value;
            } else if (series.startsWith(STEP_CPU)) {
                Matcher step = STEP_TAG.matcher(series);
                if (step.find()) {
                    steps.merge(step.group(1), value, Double::sum);
                }
            }
        }
        return new Scrape(cpu, sawHeap ? heapUsed : Double.NaN, sawHeap ? heapCommitted : Double.NaN, gc, steps);
    }
}
