package io.raqib.bench.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run's figures as one JSON document (the file, and what the table and the plot are drawn from), and the table.
 * Every rate and resource figure is over the measured window; latencies are of articles acknowledged in it, however
 * late their result came (the drain waits for them).
 */
final class Report {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String ALERT_LATENCY_DEFINITION = "For each alert record whose evidence holds articles posted in "
            + "this run: from the 202 of the last-acknowledged of those articles (the alert could not exist before it "
            + "was in) to the alert's arrival at a read_committed consumer of the alerts topic. Counted when that "
            + "article was acknowledged in the measured window. A change of an alert with the same evidence as its "
            + "last record (no new article caused it) is not timed.";

    /** Everything a run produced, handed over once it is over. */
    record Run(BenchOptions options, Instant startedAt, Instant finishedAt, Map<String, Object> host,
            double loadAverageStart, double loadAverageEnd, RunClock clock, int seconds, double drainSeconds,
            Meters meters, LoadStats load, AckLedger ledger, OutputWatcher output, Timeline timeline,
            Map<String, Long> pids, int spikesInjected, Map<String, Map<String, Double>> threadCores) {
    }

    private Report() {
    }

    static ObjectNode build(Run run) {
        BenchOptions options = run.options();
        int from = run.clock().warmupSeconds();
        int to = from + run.clock().measuredSeconds();
        int cores = ((Number) run.host().get("cores")).intValue();
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", "raqib pipeline");
        root.put("format", 1);
        root.put("startedAt", run.startedAt().toString());
        root.put("finishedAt", run.finishedAt().toString());
        root.put("isolation", options.isolation());

        ObjectNode load = root.putObject("load");
        load.put("mode", options.maxRate() ? "max-rate" : "fixed-rate");
        load.put("description", options.loadName());
        if (options.maxRate()) {
            load.putNull("rate");
            load.put("clients", options.clients());
        } else {
            load.put("rate", options.rate());
            load.putNull("clients");
        }
        load.put("batch", options.batch());
        load.put("seed", options.seed());
        load.put("warmupSeconds", options.warmupSeconds());
        if (options.warmupRate() == null) {
            load.putNull("warmupRate");
        } else {
            load.put("warmupRate", options.warmupRate());
        }
        load.put("rampSeconds", options.rampNanos() / 1_000_000_000L);
        load.put("durationSeconds", options.durationSeconds());
        load.put("drainSeconds", options.drainSeconds());
        load.put("drainUsedSeconds", round(run.drainSeconds()));
        load.put("nearDuplicateShare", options.nearDuplicateShare());
        load.put("spikeEvery", options.spikeEvery());
        load.put("spikeSize", options.spikeSize());
        double[] sizes = run.meters().bodyBytes.summary();
        ObjectNode bodies = load.putObject("bodyBytes");
        String[] names = {"min", "median", "mean", "p95", "max"};
        for (int i = 0; i < sizes.length; i++) {
            bodies.put(names[i], Math.round(sizes[i]));
        }

        ObjectNode host = root.putObject("host");
        run.host().forEach((key, value) -> host.putPOJO(key, value));
        host.put("loadAverageStart", run.loadAverageStart());
        host.put("loadAverageEnd", run.loadAverageEnd());

        ObjectNode pipeline = root.putObject("pipeline");
        pipeline.put("ingest", options.ingestUrl());
        pipeline.put("bootstrap", options.bootstrap());
        pipeline.put("topicPrefix", options.topicPrefix());
        options.groups().forEach(pipeline.putArray("groups")::add);
        ObjectNode processes = pipeline.putObject("processes");
        run.pids().forEach((name, pid) -> {
            ObjectNode process = processes.putObject(name);
            process.put("pid", pid);
            ProcessStats.jvmFlags(pid).forEach(process.putArray("jvmFlags")::add);
        });

        Meters m = run.meters();
        ObjectNode offered = root.putObject("offered");
        offered.put("articles", run.load().articlesOffered.get());
        offered.put("posts", run.load().posts.get());
        offered.put("articlesPerSecond", round(m.offered.rate(from, to)));
        offered.put("lateSends", run.load().lateSends.get());
        offered.put("maxLatenessMs", round(run.load().maxLatenessMicros.get() / 1000.0));
        offered.put("maxInFlight", run.load().maxInFlight.get());
        ObjectNode failures = offered.putObject("failures");
        run.load().failures().forEach(failures::put);
        offered.put("lastError", run.load().lastError());
        ObjectNode verdicts = root.putObject("verdicts");
        run.ledger().verdicts().forEach(verdicts::put);

        root.set("throughput", throughput(run, from, to));
        ObjectNode latency = root.putObject("latency");
        latency.set("ingestMs", summary(m.ingestLatency.summary()));
        ObjectNode enriched = summary(m.toEnriched.summary());
        enriched.put("awaitingAtEnd", run.ledger().awaitingEnrichment());
        latency.set("ackToEnrichedMs", enriched);
        ObjectNode alert = summary(m.toAlert.summary());
        alert.put("definition", ALERT_LATENCY_DEFINITION);
        latency.set("ackToAlertMs", alert);

        ObjectNode alerts = root.putObject("alerts");
        alerts.put("received", m.alerts.total());
        ObjectNode statuses = alerts.putObject("byStatus");
        run.output().alertStatuses().forEach(statuses::put);
        alerts.put("withoutRunArticles", run.output().alertsWithoutRunArticles());
        alerts.put("withoutNewEvidence", run.output().alertsWithoutNewEvidence());
        ObjectNode spikes = alerts.putObject("spikes");
        spikes.put("injected", run.spikesInjected());
        spikes.put("withThreeReportsIn", run.ledger().spikesDue(3));
        spikes.put("alerted", run.ledger().spikesAlerted());

        ObjectNode lag = root.putObject("lag");
        for (String group : options.groups()) {
            double[] window = run.timeline().window("lag." + group, from, to);
            ObjectNode g = lag.putObject(group);
            g.put("max", window.length == 0 ? null : Arrays.stream(window).max().getAsDouble());
            g.put("mean", window.length == 0 ? null : round(Arrays.stream(window).average().getAsDouble()));
            g.put("atWindowStart", nullable(run.timeline().at("lag." + group, from)));
            g.put("atWindowEnd", nullable(run.timeline().at("lag." + group, to - 1)));
            g.put("atEnd", nullable(run.timeline().at("lag." + group, run.seconds())));
        }

        ObjectNode resources = root.putObject("resources");
        double pipelineCores = 0;
        double stepCores = 0;
        for (String name : processNames(run)) {
            ObjectNode r = resources.putObject(name);
            double[] cpu = run.timeline().window("cpu." + name, from, to);
            double[] heap = run.timeline().window("heapMb." + name, from, to);
            double[] gc = run.timeline().window("gcMsPerSec." + name, from, to);
            double[] rss = run.timeline().window("rssMb." + name, from, to);
            double coresUsed = cpu.length == 0 ? Double.NaN : mean(cpu) * cores;
            r.put("cpuCoresMean", cpu.length == 0 ? null : round(coresUsed));
            r.put("cpuCoresMax", cpu.length == 0 ? null : round(max(cpu) * cores));
            double articles = articlesPerSecond(root.path("throughput"), name);
            r.put("cpuMsPerArticle", cpu.length == 0 || !(articles > 0) ? null : round(coresUsed * 1000 / articles));
            pipelineCores += cpu.length == 0 || name.equals(PipelineBench.DRIVER) ? 0 : coresUsed;
            r.put("heapMbMean", heap.length == 0 ? null : round(mean(heap)));
            r.put("heapMbMax", heap.length == 0 ? null : round(max(heap)));
            r.put("gcPauseMsPerSecond", gc.length == 0 ? null : round(mean(gc)));
            r.put("rssMbMax", rss.length == 0 ? null : round(max(rss)));
            ObjectNode threads = r.putObject("threadCores");
            run.threadCores().getOrDefault(name, Map.of()).forEach((group, used) -> threads.put(group, round(used)));
            ObjectNode steps = r.putObject("stepCores");
            String prefix = MetricsScraper.stepCpuSeries(name, "");
            for (String series : run.timeline().names()) {
                double used = series.startsWith(prefix) ? run.timeline().growthPerSecond(series, from, to) : Double.NaN;
                if (!Double.isNaN(used)) {
                    steps.put(series.substring(prefix.length()), round(used));
                    stepCores += name.equals(PipelineBench.DRIVER) ? 0 : used;
                }
            }
        }

        // What the pipeline and its broker cost an article, without the driver, which a real feed does not run.
        double sustained = root.path("throughput").path("sustainedArticlesPerSecond").asDouble();
        ObjectNode pipelineCpu = root.putObject("pipelineCpu");
        pipelineCpu.put("cores", round(pipelineCores));
        pipelineCpu.put("msPerArticle", sustained > 0 ? round(pipelineCores * 1000 / sustained) : null);
        // The services' timed steps (extraction, dedup …) against all the rest: what the pipeline would cost an article
        // if our own steps took nothing.
        pipelineCpu.put("stepCores", round(stepCores));
        pipelineCpu.put("restMsPerArticle", sustained > 0 && stepCores > 0
                ? round((pipelineCores - stepCores) * 1000 / sustained) : null);

        ObjectNode bytes = root.putObject("bytes");
        // Per article: raw and enriched hold one record per article; mentions and alerts are counted against the
        // articles that came out enriched, which are what they were made of.
        long enrichedRecords = run.output().volumes().get(run.output().enrichedTopic()).records.get();
        run.output().volumes().forEach((topic, volume) -> {
            ObjectNode b = bytes.putObject(topic);
            b.put("records", volume.records.get());
            b.put("bytesPerRecord", nullable(round(volume.bytesPerRecord())));
            boolean perArticle = topic.equals(run.output().rawTopic()) || topic.equals(run.output().enrichedTopic());
            long articles = perArticle ? volume.records.get() : enrichedRecords;
            b.put("bytesPerArticle", articles == 0 ? null : round(volume.bytes.get() / (double) articles));
            // On disk, compressed, per article the same way.
            b.put("storedBytes", volume.stored() < 0 ? null : volume.stored());
            b.put("storedBytesPerArticle", volume.stored() < 0 || articles == 0 ? null
                    : round(volume.stored() / (double) articles));
        });

        root.set("brokerWrites", brokerWrites(run.output().written(), enrichedRecords, options));
        root.set("targets", targets(root, options));
        root.set("timeseries", timeseries(run, cores));
        return root;
    }

    /**
     * What each topic of the run took on the brokers' disks, compressed, per article that came out enriched, largest
     * first: the services' changelogs and repartition topics beside the topics downstream consumers read. What the
     * broker appends is most of its work; this says whose records it is.
     */
    static ObjectNode brokerWrites(Map<String, Long> written, long articles, BenchOptions options) {
        ObjectNode writes = JSON.createObjectNode();
        long total = written.values().stream().mapToLong(Long::longValue).sum();
        writes.put("articles", articles);
        writes.put("bytes", total);
        writes.put("bytesPerArticle", articles == 0 || written.isEmpty() ? null : round(total / (double) articles));
        ObjectNode topics = writes.putObject("topics");
        written.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> {
            ObjectNode topic = topics.putObject(entry.getKey());
            topic.put("name", shortName(entry.getKey(), options.topicPrefix(), options.groups()));
            topic.put("bytes", entry.getValue());
            topic.put("bytesPerArticle", articles == 0 ? null : round(entry.getValue() / (double) articles));
            topic.put("share", total == 0 ? null : round(100.0 * entry.getValue() / total));
        });
        return writes;
    }

    /**
     * A run's topic without the run's prefix; an internal topic as its application id, without the run's time, and its
     * own name: {@code raqib-alert/series-windows-changelog}.
     */
    static String shortName(String topic, String prefix, List<String> groups) {
        if (!prefix.isEmpty() && topic.startsWith(prefix)) {
            return topic.substring(prefix.length());
        }
        for (String group : groups) {
            if (topic.startsWith(group + "-")) {
                return group.replaceFirst("-bench-\\d{8}-\\d{6}$", "") + "/" + topic.substring(group.length() + 1);
            }
        }
        return topic;
    }

    /**
     * Per stage, articles per second over the measured window. What a Streams service consumed is what reached its
     * input less the growth of its lag on that input; the pipeline sustains the least of the stages.
     */
    private static ObjectNode throughput(Run run, int from, int to) {
        Meters m = run.meters();
        ObjectNode t = JSON.createObjectNode();
        t.put("windowFromSecond", from);
        t.put("windowToSecond", to);
        double acknowledged = m.acknowledged.rate(from, to);
        double enriched = m.enriched.rate(from, to);
        double mentions = m.mentions.rate(from, to);
        long enrichedTotal = m.enriched.total();
        double mentionsPerArticle = enrichedTotal == 0 ? Double.NaN : m.mentions.total() / (double) enrichedTotal;
        t.put("acknowledgedPerSecond", round(acknowledged));
        t.put("rawPerSecond", round(m.raw.rate(from, to)));
        t.put("enrichedPerSecond", round(enriched));
        t.put("mentionsPerSecond", round(mentions));
        t.put("mentionsPerArticle", nullable(round(mentionsPerArticle)));
        t.put("alertsPerSecond", round(m.alerts.rate(from, to)));
        List<String> groups = run.options().groups();
        // nlp's input is what reached articles.raw, which ingest may have written for requests it answered too late.
        double nlp = consumed(run, groups.size() > 0 ? groups.get(0) : null, run.output().rawTopic(),
                m.raw.rate(from, to), from, to);
        double alertMentions = consumed(run, groups.size() > 1 ? groups.get(1) : null, run.output().mentionsTopic(),
                mentions, from, to);
        double alertArticles = alertMentions / mentionsPerArticle;
        t.put("nlpConsumedPerSecond", nullable(round(nlp)));
        t.put("alertConsumedMentionsPerSecond", nullable(round(alertMentions)));
        t.put("alertConsumedArticlesPerSecond", nullable(round(alertArticles)));
        String[] stages = {"ingest-service", "nlp-service", "nlp-service (output)", "alert-service"};
        double[] rates = {acknowledged, nlp, enriched, alertArticles};
        int least = 0;
        for (int i = 1; i < rates.length; i++) {
            if (!Double.isNaN(rates[i]) && rates[i] < rates[least]) {
                least = i;
            }
        }
        t.put("sustainedArticlesPerSecond", round(rates[least]));
        // Within 3 % of what ingest took in, every stage kept up: nothing limits below the offered load.
        t.put("limitedBy", acknowledged == 0 ? "ingest-service (nothing acknowledged)"
                : rates[least] >= acknowledged * 0.97 ? "none (every stage kept up)"
                : stages[least].replace(" (output)", ""));
        return t;
    }

    /**
     * The articles a process worked on per second: what each stream service consumed, what ingest acknowledged for
     * the others (the broker serves every stage; the driver makes the load).
     */
    private static double articlesPerSecond(JsonNode throughput, String process) {
        JsonNode consumed = switch (process) {
            case "nlp-service" -> throughput.path("nlpConsumedPerSecond");
            case "alert-service" -> throughput.path("alertConsumedArticlesPerSecond");
            default -> throughput.path("acknowledgedPerSecond");
        };
        return consumed.isNumber() ? consumed.asDouble() : throughput.path("acknowledgedPerSecond").asDouble();
    }

    /** Input rate less the lag's growth over the window; NaN when the group's lag on the topic was not sampled. */
    private static double consumed(Run run, String group, String topic, double inputRate, int from, int to) {
        if (group == null) {
            return Double.NaN;
        }
        // From the sample at the window's first second to the one at its last.
        String series = "lag." + group + "." + topic;
        double start = run.timeline().at(series, from);
        double end = run.timeline().at(series, to - 1);
        if (Double.isNaN(start) || Double.isNaN(end) || to - 1 <= from) {
            return Double.NaN;
        }
        return Math.max(0, inputRate - (end - start) / (to - 1 - from));
    }

    private static ArrayNode targets(ObjectNode root, BenchOptions options) {
        ArrayNode targets = JSON.createArrayNode();
        double sustained = root.path("throughput").path("sustainedArticlesPerSecond").asDouble();
        double offered = root.path("offered").path("articlesPerSecond").asDouble();
        boolean atMax = options.maxRate() || offered >= 2000;
        target(targets, "sustained >= 2,000 articles/s through ingest -> nlp -> alert",
                !atMax ? null : sustained >= 2000, number(sustained) + " articles/s",
                atMax ? null : "offered " + number(offered) + " articles/s; run --rate 2000 or --rate max");

        JsonNode alert = root.path("latency").path("ackToAlertMs");
        boolean at200 = !options.maxRate() && Math.abs(options.rate() - 200) <= 10;
        int samples = alert.path("count").asInt();
        target(targets, "p99 ack -> alert <= 1 s at 200 articles/s",
                !at200 || samples == 0 ? null : alert.path("p99").asDouble() <= 1000,
                samples == 0 ? "no alert samples" : "p99 " + number(alert.path("p99").asDouble()) + " ms of "
                        + samples + " alerts",
                !at200 ? "offered " + number(offered) + " articles/s; run --rate 200" : samples == 0 ? "no alerts" : null);

        StringBuilder heaps = new StringBuilder();
        boolean heapMet = true;
        boolean any = false;
        for (var service : iterable(root.path("resources").fields())) {
            JsonNode max = service.getValue().path("heapMbMax");
            if (max.isNumber()) {
                any = true;
                heapMet &= max.asDouble() <= 512;
                heaps.append(heaps.isEmpty() ? "" : ", ").append(service.getKey()).append(' ')
                        .append(number(max.asDouble())).append(" MB");
            }
        }
        target(targets, "heap <= 512 MB per service", any ? heapMet : null,
                any ? "max heap used: " + heaps : "no heap figures", any ? null : "the services were not scraped");
        return targets;
    }

    private static void target(ArrayNode targets, String name, Boolean met, String measured, String why) {
        ObjectNode t = targets.addObject();
        t.put("target", name);
        t.put("status", met == null ? "not tested" : met ? "met" : "missed");
        t.put("measured", measured);
        if (why != null) {
            t.put("note", why);
        }
    }

    private static ObjectNode timeseries(Run run, int cores) {
        int n = run.seconds();
        Meters m = run.meters();
        ObjectNode series = JSON.createObjectNode();
        ArrayNode seconds = series.putArray("second");
        for (int s = 0; s < n; s++) {
            seconds.add(s);
        }
        counts(series.putArray("offeredPerSecond"), m.offered.series(n));
        counts(series.putArray("acknowledgedPerSecond"), m.acknowledged.series(n));
        counts(series.putArray("enrichedPerSecond"), m.enriched.series(n));
        counts(series.putArray("mentionsPerSecond"), m.mentions.series(n));
        counts(series.putArray("alertsPerSecond"), m.alerts.series(n));
        values(series.putArray("ackToEnrichedP50Ms"), m.toEnriched.perSecond(50, n), 1);
        values(series.putArray("ackToEnrichedP99Ms"), m.toEnriched.perSecond(99, n), 1);
        ArrayNode alerts = series.putArray("ackToAlertMs");
        for (double[] point : m.toAlert.points()) {
            alerts.addArray().add(point[0]).add(round(point[1]));
        }
        ObjectNode lag = series.putObject("lag");
        for (String group : run.options().groups()) {
            values(lag.putArray(group), run.timeline().values("lag." + group, n), 1);
        }
        ObjectNode cpu = series.putObject("cpuCores");
        ObjectNode heap = series.putObject("heapMb");
        ObjectNode rss = series.putObject("rssMb");
        for (String name : processNames(run)) {
            if (run.timeline().has("cpu." + name)) {
                values(cpu.putArray(name), run.timeline().values("cpu." + name, n), cores);
            }
            if (run.timeline().has("heapMb." + name)) {
                values(heap.putArray(name), run.timeline().values("heapMb." + name, n), 1);
            }
            if (run.timeline().has("rssMb." + name)) {
                values(rss.putArray(name), run.timeline().values("rssMb." + name, n), 1);
            }
        }
        return series;
    }

    /** Services first, then the other processes (the broker, the driver). */
    private static List<String> processNames(Run run) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(run.options().services().keySet());
        names.addAll(run.pids().keySet());
        return List.copyOf(names);
    }

    // ---- the table -------------------------------------------------------------------------------------------

    static String table(JsonNode r) {
        StringBuilder out = new StringBuilder();
        JsonNode load = r.path("load");
        JsonNode host = r.path("host");
        line(out, "Raqib pipeline benchmark, started %s", r.path("startedAt").asText());
        line(out, "  load       %s, batches of %d, seed %d; warm-up %d s (left out), measured %d s, drain %s of %d s",
                load.path("description").asText(), load.path("batch").asInt(), load.path("seed").asLong(),
                load.path("warmupSeconds").asInt(), load.path("durationSeconds").asInt(),
                number(load.path("drainUsedSeconds").asDouble()), load.path("drainSeconds").asInt());
        JsonNode bodies = load.path("bodyBytes");
        line(out, "  articles   bodies %s–%s bytes (median %s), %s near-duplicates, a spike of %d reports every %d articles",
                bodies.path("min").asText("?"), bodies.path("max").asText("?"), bodies.path("median").asText("?"),
                percent(load.path("nearDuplicateShare").asDouble()), load.path("spikeSize").asInt(),
                load.path("spikeEvery").asInt());
        line(out, "  isolation  %s", r.path("isolation").asText());
        line(out, "  host       %d cores (%s), %s MB, %s, %s; load average %s at start, %s at end",
                host.path("cores").asInt(), host.path("cpuModel").asText("?"), host.path("memoryMb").asText("?"),
                host.path("os").asText(), host.path("jvm").asText(), number(host.path("loadAverageStart").asDouble()),
                number(host.path("loadAverageEnd").asDouble()));
        StringBuilder flags = new StringBuilder();
        for (var process : iterable(r.path("pipeline").path("processes").fields())) {
            List<String> f = JSON.convertValue(process.getValue().path("jvmFlags"), List.class);
            if (f != null && !f.isEmpty()) {
                flags.append(flags.isEmpty() ? "" : "; ").append(process.getKey()).append(' ').append(String.join(" ", f));
            }
        }
        if (!flags.isEmpty()) {
            line(out, "  JVM flags  %s", flags);
        }

        JsonNode t = r.path("throughput");
        JsonNode offered = r.path("offered");
        line(out, "");
        line(out, "Throughput, measured window (s %d–%d)               articles/s", t.path("windowFromSecond").asInt(),
                t.path("windowToSecond").asInt());
        row(out, "offered", offered.path("articlesPerSecond"));
        row(out, "acknowledged by ingest (202)", t.path("acknowledgedPerSecond"));
        row(out, "written to articles.raw", t.path("rawPerSecond"));
        row(out, "consumed by nlp-service (input - lag growth)", t.path("nlpConsumedPerSecond"));
        row(out, "enriched, on articles.enriched", t.path("enrichedPerSecond"));
        line(out, "  %-46s %10s /s  (%s per article)", "mentions, on topic.mentions", number(t.path("mentionsPerSecond")),
                number(t.path("mentionsPerArticle")));
        line(out, "  %-46s %10s    (%s mentions/s)", "consumed by alert-service, in articles",
                number(t.path("alertConsumedArticlesPerSecond")), number(t.path("alertConsumedMentionsPerSecond")));
        line(out, "  %-46s %10s    limited by: %s", "sustained through ingest -> nlp -> alert",
                number(t.path("sustainedArticlesPerSecond")), t.path("limitedBy").asText());
        StringBuilder verdicts = new StringBuilder();
        r.path("verdicts").fields().forEachRemaining(v -> verdicts.append(verdicts.isEmpty() ? "" : ", ")
                .append(v.getKey()).append(' ').append(v.getValue().asLong()));
        line(out, "  ingest verdicts: %s; %d POSTs, %d late sends (max %s ms late), failures %s",
                verdicts.isEmpty() ? "none" : verdicts, offered.path("posts").asLong(), offered.path("lateSends").asLong(),
                number(offered.path("maxLatenessMs")), offered.path("failures").isEmpty() ? "none"
                        : offered.path("failures").toString());

        JsonNode latency = r.path("latency");
        line(out, "");
        line(out, "Latency (ms)                                  count      p50      p95      p99      max");
        latencyRow(out, "POST due -> 202 (ingest acknowledged)", latency.path("ingestMs"));
        latencyRow(out, "ack -> enriched (read_committed)", latency.path("ackToEnrichedMs"));
        latencyRow(out, "ack -> alert (read_committed)", latency.path("ackToAlertMs"));
        for (String part : wrap("ack -> alert: " + ALERT_LATENCY_DEFINITION, 108)) {
            line(out, "  %s", part);
        }
        JsonNode alerts = r.path("alerts");
        line(out, "  alerts received %d %s, %d without articles of this run, %d changes without a new article (not "
                + "timed); spikes injected %d, with 3 reports in %d, alerted %d",
                alerts.path("received").asLong(), alerts.path("byStatus").toString(),
                alerts.path("withoutRunArticles").asLong(), alerts.path("withoutNewEvidence").asLong(),
                alerts.path("spikes").path("injected").asInt(),
                alerts.path("spikes").path("withThreeReportsIn").asInt(), alerts.path("spikes").path("alerted").asInt());
        if (latency.path("ackToEnrichedMs").path("awaitingAtEnd").asLong() > 0) {
            line(out, "  %d acknowledged articles were not seen enriched by the end of the drain",
                    latency.path("ackToEnrichedMs").path("awaitingAtEnd").asLong());
        }

        line(out, "");
        line(out, "Consumer lag (records)                          mean        max   at end");
        for (var group : iterable(r.path("lag").fields())) {
            line(out, "  %-40s %10s %10s %8s", group.getKey(), number(group.getValue().path("mean")),
                    number(group.getValue().path("max")), number(group.getValue().path("atEnd")));
        }

        line(out, "");
        line(out, "Resources (measured window)     CPU cores mean/max   heap MB mean/max   GC ms/s   RSS MB max"
                + "   CPU ms/article");
        for (var process : iterable(r.path("resources").fields())) {
            JsonNode p = process.getValue();
            line(out, "  %-28s %9s / %-8s %8s / %-8s %7s %10s %16s", process.getKey(), number(p.path("cpuCoresMean")),
                    number(p.path("cpuCoresMax")), number(p.path("heapMbMean")), number(p.path("heapMbMax")),
                    number(p.path("gcPauseMsPerSecond")), number(p.path("rssMbMax")), number(p.path("cpuMsPerArticle")));
        }
        line(out, "  %-28s %9s %66s", "pipeline and broker", number(r.path("pipelineCpu").path("cores")),
                number(r.path("pipelineCpu").path("msPerArticle")));

        threadTable(out, r);
        stepTable(out, r);

        line(out, "");
        line(out, "Bytes on the topics (serialized key + value)     records   bytes/record   bytes/article"
                + "   on disk/article");
        for (var topic : iterable(r.path("bytes").fields())) {
            JsonNode b = topic.getValue();
            line(out, "  %-44s %9d %14s %15s %17s", topic.getKey(), b.path("records").asLong(),
                    number(b.path("bytesPerRecord")), number(b.path("bytesPerArticle")),
                    number(b.path("storedBytesPerArticle")));
        }

        JsonNode writes = r.path("brokerWrites");
        if (writes.path("topics").size() > 0) {
            line(out, "");
            line(out, "Written to the broker, compressed (every topic of the run)      bytes/article      share");
            for (JsonNode topic : writes.path("topics")) {
                line(out, "  %-58s %13s %8.1f %%", topic.path("name").asText(), number(topic.path("bytesPerArticle")),
                        topic.path("share").asDouble());
            }
            line(out, "  %-58s %13s", "all", number(writes.path("bytesPerArticle")));
        }

        line(out, "");
        line(out, "Targets (issue 7)");
        for (JsonNode target : r.path("targets")) {
            line(out, "  %-11s %s: %s%s", "[" + target.path("status").asText() + "]", target.path("target").asText(),
                    target.path("measured").asText(), target.has("note") ? " (" + target.path("note").asText() + ")" : "");
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (current.length() + word.length() + 1 > width && !current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
                current.append("  ");
            }
            current.append(current.isEmpty() || current.toString().isBlank() ? "" : " ").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static void row(StringBuilder out, String name, JsonNode value) {
        line(out, "  %-46s %10s", name, number(value));
    }

    private static void latencyRow(StringBuilder out, String name, JsonNode s) {
        line(out, "  %-40s %8d %8s %8s %8s %8s", name, s.path("count").asInt(), number(s.path("p50")),
                number(s.path("p95")), number(s.path("p99")), number(s.path("max")));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ObjectNode summary(Percentiles.Summary s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", s.count());
        node.put("p50", nullable(round(s.p50())));
        node.put("p95", nullable(round(s.p95())));
        node.put("p99", nullable(round(s.p99())));
        node.put("max", nullable(round(s.max())));
        node.put("mean", nullable(round(s.mean())));
        return node;
    }

    private static void counts(ArrayNode array, long[] values) {
        for (long v : values) {
            array.add(v);
        }
    }

    private static void values(ArrayNode array, double[] values, double factor) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                array.addNull();
            } else {
                array.add(round(v * factor));
            }
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /**
     * The steps of each service's own work that it times (raqib_step_cpu_seconds_total), and what the rest of its CPU
     * went to (Kafka, HTTP, the JVM, and work it does not time): the part of the cost that faster code of ours can take.
     */
    private static void stepTable(StringBuilder out, JsonNode r) {
        if (r.path("pipelineCpu").path("restMsPerArticle").isMissingNode()
                || r.path("pipelineCpu").path("restMsPerArticle").isNull()) {
            return;
        }
        line(out, "");
        line(out, "Timed steps of the services' own work (measured window, cores · ms an article)");
        JsonNode throughput = r.path("throughput");
        for (var process : iterable(r.path("resources").fields())) {
            JsonNode steps = process.getValue().path("stepCores");
            double articles = articlesPerSecond(throughput, process.getKey());
            if (steps.isEmpty() || !(articles > 0)) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            double timed = 0;
            for (var step : iterable(steps.fields())) {
                timed += step.getValue().asDouble();
                shown.add(String.format(Locale.ROOT, "%s %s · %s", step.getKey(), number(step.getValue()),
                        number(round(step.getValue().asDouble() * 1000 / articles))));
            }
            double rest = process.getValue().path("cpuCoresMean").asDouble() - timed;
            shown.add("the rest " + number(round(rest)) + " · " + number(round(rest * 1000 / articles)));
            line(out, "  %-16s %s", process.getKey(), String.join("   ", shown));
        }
        line(out, "  %-16s %s ms an article besides the timed steps (of %s)", "pipeline and broker",
                number(r.path("pipelineCpu").path("restMsPerArticle")), number(r.path("pipelineCpu").path("msPerArticle")));
    }

    /** The busiest thread groups of each process, and the rest summed: where the CPU above went. */
    private static void threadTable(StringBuilder out, JsonNode r) {
        boolean any = false;
        for (var process : iterable(r.path("resources").fields())) {
            JsonNode threads = process.getValue().path("threadCores");
            if (threads.isEmpty()) {
                continue;
            }
            if (!any) {
                line(out, "");
                line(out, "CPU by thread (measured window, cores; Linux's thread names, numbers as N)");
                any = true;
            }
            List<String> shown = new ArrayList<>();
            double rest = 0;
            int others = 0;
            for (var group : iterable(threads.fields())) {
                if (shown.size() < 5 && group.getValue().asDouble() >= 0.005) { // what rounds to 0.00 goes below
                    shown.add(group.getKey() + " " + number(group.getValue()));
                } else {
                    rest += group.getValue().asDouble();
                    others++;
                }
            }
            if (others > 0) {
                shown.add(others + " more " + number(round(rest)));
            }
            line(out, "  %-16s %s", process.getKey(), String.join(" · ", shown));
        }
    }

    static double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? Double.NaN
                : Math.abs(value) >= 100 ? Math.round(value * 10) / 10.0 : Math.round(value * 1000) / 1000.0;
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** 1,234 or 12.3 or 0.123: as many digits as the size of the number deserves. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? number(value.asDouble()) : "-";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
