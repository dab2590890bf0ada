package io.raqib.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.ingest.ArticleBatchReader;
import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleSubmission;
import io.raqib.ingest.LanguageDetector;
import io.raqib.ingest.ReceivedArticle;
import io.raqib.ingest.TextCleaner;
import io.raqib.ingest.dates.PublicationDates;
import io.raqib.ingest.dedup.DedupConfig;
import io.raqib.ingest.dedup.DuplicateIndex;
import io.raqib.ingest.dedup.IncomingArticle;
import io.raqib.ingest.dedup.TextFingerprint;
import io.raqib.ingest.dedup.UrlCanonicalizer;
import io.raqib.ingest.dedup.Verdict;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topics;

/**
 * Articles per second through everything ingest does to an article before Kafka, on one thread: the JSON batch read
 * as {@code POST /api/articles} reads it (UTF-8 check, Jackson, validation, cleaning, date, canonical URL, language,
 * the body's fingerprint: content hash and sketch, id), then the dedup gate (exact and LSH lookup, remember).
 * {@link #intake} is the whole;
 * the other methods are its stages, one article per operation, so their costs add up to about the whole.
 *
 * <p>The articles are {@link NewsFeed}'s, as {@code ./raqib bench} sends them: batches of 10, 1–8 KB bodies (median
 * 3 KB), 5% near-duplicates, {@code publishedAt} given. The dedup index starts empty whenever the articles come
 * round again, so each pass judges them as the first did (new stories and near-duplicates, not retries); it then
 * holds up to {@value #ARTICLES} articles, not the 50,000 a live index may, which matters little to LSH lookups.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/bench-classpath.txt)" org.openjdk.jmh.Main
 * IntakeBenchmark -prof gc -prof io.raqib.bench.CpuTimeProfiler}: on a shared machine the throughput says how much
 * CPU the benchmark got, {@code cpu.time.norm} what an article costs. The warm-up is 10 × 2 s: with 5 the whole
 * intake was still getting faster in the measured iterations on a busy machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class IntakeBenchmark {

    static final int ARTICLES = 4096;
    static final int BATCH = 10;
    private static final ZoneId ZONE = ZoneId.of("Asia/Baghdad");
    private static final String SOURCE = "api";

    private final ObjectMapper json = new ObjectMapper()
            // as Quarkus configures its mapper: a client's extra field is no error
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ArticleFactory factory = new ArticleFactory(Clock.systemUTC(), 200_000, ZONE);
    private final ArticleBatchReader reader = new ArticleBatchReader(factory, json, 500, SOURCE);
    private final LanguageDetector languages = new LanguageDetector();
    private final PublicationDates dates = new PublicationDates();
    private final Serializer<RawArticle> avro = Topics.ARTICLES_RAW.valueSerde().serializer();

    private ArticleSubmission[] submissions;
    private ReceivedArticle[] created;
    private byte[][] batches;
    private DuplicateIndex index;
    private int nextArticle;
    private int nextBatch;
    private int nextObserved;

    @Setup
    public void articles() throws JsonProcessingException {
        NewsFeed feed = new NewsFeed(42, NewsFeed.Settings.defaults(0));
        String publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        submissions = new ArticleSubmission[ARTICLES];
        created = new ReceivedArticle[ARTICLES];
        batches = new byte[ARTICLES / BATCH][];
        List<ArticleSubmission> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < ARTICLES; i++) {
            GeneratedArticle article = feed.next();
            submissions[i] = new ArticleSubmission(article.title(), article.body(), article.url(), article.source(),
                    publishedAt, null);
            created[i] = factory.create(submissions[i], SOURCE);
            batch.add(submissions[i]);
            if (batch.size() == BATCH) {
                batches[i / BATCH] = json.writeValueAsBytes(batch);
                batch.clear();
            }
        }
        index = new DuplicateIndex(DedupConfig.defaults());
    }

    /** The whole: a batch of 10 read from JSON into articles, and each past the dedup gate. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void intake(Blackhole sink) {
        if (nextBatch == batches.length) {
            nextBatch = 0;
            index = new DuplicateIndex(DedupConfig.defaults());
        }
        for (ReceivedArticle article : reader.read(batches[nextBatch++])) {
            sink.consume(observe(article));
        }
    }

    /** The request alone: UTF-8, JSON, and {@link ArticleFactory#create} for each article of a batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<ReceivedArticle> readBatch() {
        nextBatch = nextBatch == batches.length ? 0 : nextBatch;
        return reader.read(batches[nextBatch++]);
    }

    /** Validation, cleaning, date, canonical URL, language, fingerprint and id of one parsed submission. */
    @Benchmark
    public ReceivedArticle create() {
        return factory.create(submissions[next()], SOURCE);
    }

    @Benchmark
    public String clean() {
        return TextCleaner.clean(submissions[next()].body());
    }

    /** As {@link ArticleFactory} asks: title and body (plain Arabic: decided without Lingua). */
    @Benchmark
    public String detectLanguage() {
        RawArticle article = created[next()].article();
        return languages.detect(article.getTitle(), article.getBody(), null);
    }

    /**
     * Arabic wire copy with a Latin word in it (here an agency's tag in the title): not plain Arabic, so Lingua reads
     * the opening. The generated articles alone are all plain Arabic and never reach Lingua.
     */
    @Benchmark
    public String detectLanguageByLingua() {
        RawArticle article = created[next()].article();
        return languages.detect(article.getTitle() + " (AFP)", article.getBody(), null);
    }

    /** What the benchmark's clients send: an ISO-8601 {@code publishedAt}. */
    @Benchmark
    public Object dateFromMetadata() {
        return dates.fromMetadata(submissions[next()].publishedAt(), ZONE);
    }

    /** Feeds and the drop folder without a date: the dateline is looked for in the text. */
    @Benchmark
    public Object dateFromText() {
        return dates.fromText(created[next()].article().getBody(), Instant.now(), ZONE);
    }

    @Benchmark
    public String canonicalUrl() {
        return UrlCanonicalizer.canonicalOrThrow(submissions[next()].url());
    }

    /** The body folded, hashed and sketched: the part of {@link #create} that the dedup gate used to do again. */
    @Benchmark
    public TextFingerprint fingerprint() {
        return TextFingerprint.of(created[next()].article().getBody());
    }

    /** The dedup gate as {@code DedupGate.observe} calls it, with the fingerprint made by {@link #create}. */
    @Benchmark
    public Verdict dedup() {
        if (nextObserved == created.length) {
            nextObserved = 0;
            index = new DuplicateIndex(DedupConfig.defaults());
        }
        return observe(created[nextObserved++]);
    }

    /** The record as the producer's serializer writes it on the request thread (Avro single-object encoding). */
    @Benchmark
    public byte[] avro() {
        return avro.serialize("articles.raw", created[next()].article());
    }

    private Verdict observe(ReceivedArticle received) {
        RawArticle article = received.article();
        return index.observe(IncomingArticle.withRawUrl(article.getId(), article.getUrl(), article.getSource(),
                received.bodyFingerprint(), article.getFetchedAt()));
    }

    private int next() {
        nextArticle = (nextArticle + 1) & (ARTICLES - 1);
        return nextArticle;
    }

    /** The corpus's shape, for the report: {@code java -cp … io.raqib.bench.IntakeBenchmark}. */
    public static void main(String[] args) throws JsonProcessingException {
        IntakeBenchmark bench = new IntakeBenchmark();
        bench.articles();
        long bytes = 0;
        for (ArticleSubmission submission : bench.submissions) {
            bytes += submission.body().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%d articles, %d bytes of body on average%n", ARTICLES, bytes / ARTICLES);
    }
}
