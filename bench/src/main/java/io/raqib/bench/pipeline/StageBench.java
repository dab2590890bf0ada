package io.raqib.bench.pipeline;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;

import io.raqib.bench.GeneratedArticle;
import io.raqib.bench.NewsFeed;
import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.stream.Enricher;
import io.raqib.nlp.stream.Mentions;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.TopicSetup;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.ByTopic;

/**
 * One stream service measured alone ({@code ./raqib bench --stage nlp|alert}). Its input topics are filled first with
 * the bench feed's articles: raw ones for nlp-service; for alert-service enriched ones and their mentions, made by the
 * bundled extractor as nlp-service makes them. Then the service is started on that backlog and takes it as fast as it
 * can, with the machine to itself. What it sustains, and the CPU it spends per article, are then the service's own
 * figures, without the noise of five processes sharing two cores (a tenth from run to run in the pipeline bench),
 * and what sizing one service's pods needs. The first {@code --warmup-articles} are left out of the figures: the JIT,
 * RocksDB and the caches start cold.
 *
 * <p>{@code StageBench fill --stage S --bootstrap B --topic-prefix P [--articles N] [--seed S]}, then, once the
 * service runs, {@code StageBench watch --stage S --bootstrap B --topic-prefix P --group G --pid PID[,PID...]
 * [--broker-pid PID] [--articles N] [--warmup-articles N] [--out DIR]}. Several pids are instances of the service in
 * one group (as pods are): their CPU is added up. With the broker's pid, its CPU over the same window is reported
 * too: what the stage's reads, writes and transactions cost it.
 */
public final class StageBench {

    /** A stream service and the topics it reads: the article topic first, whose records count the articles. */
    enum Stage {
        NLP("nlp-service", List.of(Topics.ARTICLES_RAW.name())),
        ALERT("alert-service", List.of(Topics.ARTICLES_ENRICHED.name(), Topics.TOPIC_MENTIONS.name()));

        final String service;
        final List<String> inputs;

        Stage(String service, List<String> inputs) {
            this.service = service;
            this.inputs = inputs;
        }

        static Stage of(String name) {
            return switch (name) {
                case "nlp", "nlp-service" -> NLP;
                case "alert", "alert-service" -> ALERT;
                default -> throw new IllegalArgumentException("--stage is nlp or alert, not " + name);
            };
        }
    }

    /** What a watch measured over the articles after the warm-up. */
    record Result(Stage stage, int instances, long articles, long inputRecords, int warmupArticles, double seconds,
            double cpuSeconds, double brokerCpuSeconds, double rssMbMax, int cores, Map<String, Double> stepCpuSeconds,
            Path json) {

        /** The same, written to {@code json}. */
        Result writtenTo(Path file) {
            return new Result(stage, instances, articles, inputRecords, warmupArticles, seconds, cpuSeconds,
                    brokerCpuSeconds, rssMbMax, cores, stepCpuSeconds, file);
        }

        /** CPU ms per article of each step the service times of its own work (its extraction, say). */
        Map<String, Double> stepMsPerArticle() {
            Map<String, Double> perArticle = new TreeMap<>();
            stepCpuSeconds.forEach((step, cpu) -> perArticle.put(step, cpu * 1000 / (articles - warmupArticles)));
            return perArticle;
        }

        double articlesPerSecond() {
            return (articles - warmupArticles) / seconds;
        }

        double cpuMsPerArticle() {
            return cpuSeconds * 1000 / (articles - warmupArticles);
        }

        double coresUsed() {
            return cpuSeconds / seconds;
        }

        /** The broker's CPU meanwhile, per article: what the stage's reads, writes and transactions cost it. */
        double brokerCpuMsPerArticle() {
            return brokerCpuSeconds * 1000 / (articles - warmupArticles);
        }

        String table() {
            StringBuilder steps = new StringBuilder();
            stepMsPerArticle().forEach((step, ms) -> steps.append(String.format(Locale.ROOT,
                    "    of it %-12s %10.3f ms per article (a step it times: raqib_step_cpu_seconds_total)%n",
                    step, ms)));
            return String.format(Locale.ROOT, """
                    %s alone%s, on a backlog of %,d articles (%,d input records), the first %,d left out:
                      sustained            %,10.0f articles/s
                      CPU                  %10.3f ms per article, %.2f of the host's %d cores
                    %s  broker CPU           %10.3f ms per article (0 when its pid was not given)
                      RSS max              %10.0f MB (of one instance)
                    """, stage.service, instances == 1 ? "" : " (" + instances + " instances)", articles,
                    inputRecords, warmupArticles, articlesPerSecond(),
                    cpuMsPerArticle(), coresUsed(), cores, steps, brokerCpuMsPerArticle(), rssMbMax);
        }
    }

    private StageBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> options = options(args);
        Stage stage = Stage.of(options.getOrDefault("--stage", ""));
        String bootstrap = options.getOrDefault("--bootstrap", "localhost:9092");
        String prefix = options.getOrDefault("--topic-prefix", "");
        // 90,000, half of them warm-up: on two cores C2 compiles the extractor's main method 7–11 s into a backlog,
        // and a window that began before it fell in two groups a fifth apart (docs/performance.md, "One stage alone").
        int articles = Integer.parseInt(options.getOrDefault("--articles", "90000"));
        switch (args[0]) {
            case "fill" -> System.out.println(fill(stage, bootstrap, prefix, articles,
                    Long.parseLong(options.getOrDefault("--seed", "42"))));
            case "watch" -> System.out.print(watch(stage, bootstrap, prefix, required(options, "--group"),
                    pids(required(options, "--pid")), Long.parseLong(options.getOrDefault("--broker-pid", "0")),
                    options.containsKey("--metrics") ? List.of(options.get("--metrics").split(",")) : List.of(),
                    Integer.parseInt(options.getOrDefault("--warmup-articles", String.valueOf(articles / 2))),
                    Duration.ofMinutes(Long.parseLong(options.getOrDefault("--timeout-minutes", "20"))),
                    Path.of(options.getOrDefault("--out", ".raqib/bench"))).table());
            default -> throw new IllegalArgumentException("fill or watch, not " + args[0]);
        }
    }

    /** Creates the run's topics and writes {@code articles} articles on the stage's inputs; says what it wrote. */
    static String fill(Stage stage, String bootstrap, String prefix, int articles, long seed) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopicSetup.ensure(admin, prefix, (short) 1);
        }
        NewsFeed feed = new NewsFeed(seed, NewsFeed.Settings.defaults(0));
        Enricher enricher = stage == Stage.ALERT ? enricher() : null; // nlp-service's inputs are not enriched
        long mentions = 0;
        long[] byPartition = new long[Topics.TOPIC_MENTIONS.partitions()];
        Instant now = Instant.now();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < articles; i++) {
                GeneratedArticle generated = feed.next();
                // As ingest publishes it: dated now, so that alert-service counts it in the current windows.
                RawArticle raw = RawArticle.newBuilder().setId("stage-" + seed + "-" + i)
                        .setSource(generated.source()).setUrl(generated.url()).setTitle(generated.title())
                        .setBody(generated.body()).setLanguage("ar").setPublishedAt(now).setPublishedApproximate(false)
                        .setFetchedAt(now).setContentHash("stage-" + i).build();
                if (stage == Stage.NLP) {
                    send(producer, prefix + Topics.ARTICLES_RAW.name(), null, raw.getId(),
                            Topics.ARTICLES_RAW.valueSerde().serializer().serialize("", raw), now);
                    continue;
                }
                EnrichedArticle enriched = enricher.enrich(raw);
                send(producer, prefix + Topics.ARTICLES_ENRICHED.name(), null, raw.getId(),
                        Topics.ARTICLES_ENRICHED.valueSerde().serializer().serialize("", enriched), now);
                for (KeyValue<String, TopicMention> mention : Mentions.of(enriched)) {
                    // On its topic's partition, as nlp-service writes it (ByTopic).
                    int partition = ByTopic.partition(mention.key, byPartition.length);
                    byPartition[partition]++;
                    send(producer, prefix + Topics.TOPIC_MENTIONS.name(), partition, mention.key,
                            Topics.TOPIC_MENTIONS.valueSerde().serializer().serialize("", mention.value),
                            mention.value.getTime());
                    mentions++;
                }
            }
            producer.flush();
        }
        return stage == Stage.NLP ? "filled " + articles + " raw articles"
                : "filled " + articles + " enriched articles and their " + mentions + " mentions, by partition of "
                        + "topic.mentions (alert-service's tasks) " + shares(byPartition, mentions);
    }

    /** Each partition's share, "47 % · 0 % · …": a task can use one thread, however many the service has. */
    static String shares(long[] counts, long total) {
        return Arrays.stream(counts).mapToObj(c -> Math.round(100.0 * c / Math.max(1, total)) + " %")
                .collect(Collectors.joining(" · "));
    }

    /** nlp-service's enrichment, with the bundled extractor. */
    private static Enricher enricher() {
        Extractor extractor = Extractor.bundled();
        return new Enricher(() -> extractor, Clock.systemUTC());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // The compression the pipeline's producers use: ingest's raw articles and nlp-service's output alike.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 1);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** {@code partition} null: where the producer's partitioner puts the key. */
    private static void send(KafkaProducer<String, byte[]> producer, String topic, Integer partition, String key,
            byte[] value, Instant time) {
        producer.send(new ProducerRecord<>(topic, partition, time.toEpochMilli(), key, value));
    }

    /**
     * Follows the service through the backlog: every 250 ms its group's committed offsets on the inputs and its CPU
     * time (/proc). Done when the inputs are consumed and no partition of the group, its repartition topics too,
     * has lag left.
     */
    static Result watch(Stage stage, String bootstrap, String prefix, String group, List<Long> pids, long brokerPid,
            List<String> metrics, int warmupArticles, Duration timeout, Path out) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "raqib-stage-bench"))) {
            Map<TopicPartition, Long> inputEnds = inputEnds(admin, prefix, stage);
            String articleTopic = prefix + stage.inputs.get(0);
            long articles = inputEnds.entrySet().stream().filter(e -> e.getKey().topic().equals(articleTopic))
                    .mapToLong(Map.Entry::getValue).sum();
            long total = inputEnds.values().stream().mapToLong(Long::longValue).sum();
            if (articles <= warmupArticles) {
                throw new IllegalArgumentException("the backlog holds " + articles + " articles, not more than the "
                        + warmupArticles + " of the warm-up");
            }
            double warmupShare = warmupArticles / (double) articles;
            long deadline = System.nanoTime() + timeout.toNanos();
            double[] start = null;
            Map<String, Double> stepsAtStart = Map.of();
            double rssMax = 0;
            long lastProgress = -1;
            long lastMove = System.nanoTime();
            while (true) {
                double now = System.nanoTime() / 1e9;
                double cpu = 0;
                for (long pid : pids) {
                    cpu += ProcessStats.cpuSeconds(pid);
                    rssMax = Math.max(rssMax, ProcessStats.rssMb(pid));
                }
                double brokerCpu = brokerPid > 0 ? ProcessStats.cpuSeconds(brokerPid) : 0;
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                long consumed = 0;
                for (var entry : inputEnds.entrySet()) {
                    OffsetAndMetadata offset = committed.get(entry.getKey());
                    consumed += offset == null ? 0 : Math.min(offset.offset(), entry.getValue());
                }
                if (start == null && consumed >= warmupShare * total) {
                    start = new double[] {now, cpu, brokerCpu};
                    stepsAtStart = stepCpuSeconds(metrics);
                }
                if (consumed == total && noLag(admin, committed)) {
                    if (start == null || now - start[0] < 0.5) {
                        throw new IllegalStateException("the backlog was taken in less than half a second after the "
                                + "warm-up: too few articles to measure; give more with --articles");
                    }
                    Map<String, Double> steps = new TreeMap<>();
                    Map<String, Double> atStart = stepsAtStart; // a step unread then is left out, not counted whole
                    stepCpuSeconds(metrics).forEach((step, seconds) -> {
                        if (atStart.containsKey(step)) {
                            steps.put(step, seconds - atStart.get(step));
                        }
                    });
                    return report(new Result(stage, pids.size(), articles, total, warmupArticles, now - start[0],
                            cpu - start[1], brokerCpu - start[2], rssMax, Runtime.getRuntime().availableProcessors(),
                            steps, null), pids.get(0), out);
                }
                if (consumed != lastProgress) {
                    lastProgress = consumed;
                    lastMove = System.nanoTime();
                }
                if (System.nanoTime() > deadline || System.nanoTime() - lastMove > TimeUnit.MINUTES.toNanos(2)) {
                    throw new IllegalStateException(stage.service + " consumed " + consumed + " of " + total
                            + " input records and then stopped moving, or ran out of time; see its log");
                }
                Thread.sleep(250);
            }
        }
    }

    /**
     * The CPU seconds so far of each step the instances time of their own work ({@code /q/metrics}), added up over
     * them; empty when none answers. The service's figures less these are what Kafka and the JVM cost it.
     */
    static Map<String, Double> stepCpuSeconds(List<String> services) {
        Map<String, Double> seconds = new TreeMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (String service : services) {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(MetricsScraper.metricsUri(service))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (metrics.statusCode() == 200) {
                    MetricsScraper.parse(metrics.body()).stepCpuSeconds().forEach((step, s) -> seconds.merge(step, s,
                            Double::sum));
                }
            } catch (IOException e) {
                PipelineBench.say("could not read %s/q/metrics: %s", service, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return seconds;
    }

    private static Map<TopicPartition, Long> inputEnds(Admin admin, String prefix, Stage stage) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String input : stage.inputs) {
            String topic = prefix + input;
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** Every partition the group commits on, its repartition topics too, consumed to its end. */
    private static boolean noLag(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        // Under exactly-once an end offset is one past the commit marker, which a consumer never commits past.
        return committed.entrySet().stream()
                .allMatch(e -> e.getValue() == null || ends.get(e.getKey()).offset() - e.getValue().offset() <= 1);
    }

    /** Writes the JSON, with the service's JVM and Kafka flags (a run with more stream threads says so). */
    private static Result report(Result result, long pid, Path out) throws Exception {
        Files.createDirectories(out);
        String name = "stage-" + result.stage().name().toLowerCase(Locale.ROOT) + "-"
                + Instant.now().toString().replace(":", "").substring(0, 17) + ".json";
        Path json = out.resolve(name);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("stage", result.stage().service);
        fields.put("instances", result.instances());
        fields.put("articles", result.articles());
        fields.put("inputRecords", result.inputRecords());
        fields.put("warmupArticles", result.warmupArticles());
        fields.put("measuredSeconds", result.seconds());
        fields.put("articlesPerSecond", result.articlesPerSecond());
        fields.put("cpuMsPerArticle", result.cpuMsPerArticle());
        fields.put("coresUsed", result.coresUsed());
        fields.put("brokerCpuMsPerArticle", result.brokerCpuMsPerArticle());
        fields.put("stepCpuMsPerArticle", result.stepMsPerArticle());
        fields.put("rssMbMax", result.rssMbMax());
        fields.put("jvmFlags", ProcessStats.jvmFlags(pid));
        fields.put("host", HostInfo.describe());
        Report.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), fields);
        return result.writtenTo(json);
    }

    /** "123" or "123,456": the pids of the service's instances. */
    static List<Long> pids(String list) {
        List<Long> pids = Arrays.stream(list.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(Long::parseLong).toList();
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("--pid needs at least one pid");
        }
        return pids;
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || args.length % 2 == 0) {
            throw new IllegalArgumentException("usage: StageBench fill|watch --stage nlp|alert [--option value ...]");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is needed");
        }
        return value;
    }
}
