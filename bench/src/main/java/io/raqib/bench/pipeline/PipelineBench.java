package io.raqib.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.raqib.bench.NewsFeed;

/**
 * The pipeline benchmark ({@code ./raqib bench}): drives the real services (ingest's API, the Streams services on a
 * broker) with a seeded Arabic news load, watches their output as a downstream consumer would, samples lag and
 * resources once a second, and writes a table, {@code <out>/<time>.json} (and {@code latest.json}) and a PNG plot.
 * It does not start anything: the launcher does, and says how this run is kept apart from others.
 */
public final class PipelineBench {

    /** How long before the load starts the watchers and samplers get to take their places. */
    static final long SETTLE_NANOS = 3_000_000_000L;
    /** The spike reports ingest needs to cross the alert threshold (the alert service's default). */
    static final int ALERT_THRESHOLD = 3;
    /** The driver's own process among the ones measured: its CPU is the load's, not the pipeline's. */
    static final String DRIVER = "bench-driver";

    /** What a run left behind. */
    public record Result(ObjectNode report, Path json, Path png, String table) {
    }

    private final BenchOptions options;

    public PipelineBench(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // Before any Kafka class logs: warnings and errors only, on stderr.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Result result = new PipelineBench(options).run();
        System.out.println();
        System.out.print(result.table());
        System.out.println();
        System.out.println("Files: " + result.json() + " (also latest.json), " + result.png() + " (also latest.png)");
    }

    public Result run() throws Exception {
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> host = HostInfo.describe();
        double loadAverageStart = HostInfo.loadAverage();
        int cores = ((Number) host.get("cores")).intValue();
        Map<String, Long> pids = new LinkedHashMap<>(options.pids());
        pids.put(DRIVER, ProcessHandle.current().pid());

        NewsFeed feed = new NewsFeed(options.seed(), new NewsFeed.Settings(options.nearDuplicateShare(),
                options.spikeEvery(), options.spikeSize(), 3));
        Meters meters = new Meters();
        AckLedger ledger = new AckLedger();
        RunClock clock = new RunClock(RunClock.now() + SETTLE_NANOS, options.warmupSeconds(), options.durationSeconds());
        say("%s, warm-up %d s, measured %d s, against %s (%s)", options.loadName(), options.warmupSeconds(),
                options.durationSeconds(), options.ingestUrl(), options.isolation());

        Load load;
        double drained;
        int seconds;
        OutputWatcher output = new OutputWatcher(options.bootstrap(), options.topicPrefix(), options.groups(), clock,
                meters, ledger);
        Sampler sampler = new Sampler(clock, new LagSampler(options.bootstrap(), options.groups()),
                new MetricsScraper(options.services()), new ProcessStats(pids, cores), options.services(),
                pids.keySet());
        try (IngestClient ingest = new IngestClient(options.ingestUrl(), options.apiKey());
                BatchSource batches = new BatchSource(feed, options.batch(), ahead())) {
            output.start();
            sampler.start();
            load = options.maxRate()
                    ? new ClosedLoopLoad(batches, ingest, ledger, clock, meters, options.clients(),
                            options.warmupRate(), options.rampNanos(), options.batch())
                    : new OpenLoopLoad(batches, ingest, ledger, clock, meters, options.rate(), options.warmupRate(),
                            options.rampNanos(), options.batch(), options.maxInFlight());
            while (RunClock.now() < clock.startNanos()) {
                Thread.sleep(10);
            }
            Progress progress = new Progress(clock, meters, ledger);
            progress.start();
            load.run();
            progress.stop();
            drained = drain(clock, ledger);
            seconds = clock.second(RunClock.now()) + 1;
            output.measureStored();
        } finally {
            sampler.close();
            output.close();
        }

        Report.Run run = new Report.Run(options, startedAt, Instant.now().truncatedTo(ChronoUnit.SECONDS), host,
                loadAverageStart, HostInfo.loadAverage(), clock, seconds, drained, meters, load.stats(), ledger, output,
                sampler.timeline(), pids, ledger.spikesPosted(), sampler.threadCores());
        ObjectNode report = Report.build(run);
        return write(report, startedAt);
    }

    /** Batches written ahead: about two seconds of load, at least a few. */
    private int ahead() {
        double perSecond = options.maxRate() ? 2000 : options.rate();
        return (int) Math.max(4, Math.min(1000, 2 * perSecond / options.batch()));
    }

    /**
     * After the load: until every acknowledged article came out enriched and every spike with its three reports in
     * raised its alert, or the drain time is up; then two more seconds, for the lag samples to show the catch-up.
     *
     * @return seconds spent draining
     */
    private double drain(RunClock clock, AckLedger ledger) throws InterruptedException {
        long start = RunClock.now();
        long deadline = start + options.drainSeconds() * 1_000_000_000L;
        while (RunClock.now() < deadline && (ledger.awaitingEnrichment() > 0
                || ledger.spikesAlerted() < ledger.spikesDue(ALERT_THRESHOLD))) {
            Thread.sleep(200);
        }
        double used = (RunClock.now() - start) / 1e9;
        Thread.sleep(2000);
        say("drained in %.1f s: %d articles still awaited enriched, %d of %d spikes alerted", used,
                ledger.awaitingEnrichment(), ledger.spikesAlerted(), ledger.spikesDue(ALERT_THRESHOLD));
        return used;
    }

    private Result write(ObjectNode report, Instant startedAt) throws IOException {
        Path dir = options.out();
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt);
        Path json = dir.resolve(stamp + ".json");
        Path png = dir.resolve(stamp + ".png");
        report.putObject("files").put("json", json.toString()).put("png", png.toString());
        Report.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
        Plot.write(report, png);
        Files.copy(json, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, dir.resolve("latest.png"), StandardCopyOption.REPLACE_EXISTING);
        return new Result(report, json, png, Report.table(report));
    }

    static void say(String format, Object... args) {
        System.out.println("bench: " + String.format(java.util.Locale.ROOT, format, args));
    }
}
