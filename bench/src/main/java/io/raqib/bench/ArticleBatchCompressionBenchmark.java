package io.raqib.bench;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MemoryRecordsBuilder;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleSubmission;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topics;

/**
 * What ingest's producer spends per article on {@code compression.type}: a request's 10 articles (Avro) written as one
 * batch as Kafka writes it ({@link MemoryRecordsBuilder}), compressed with the codec under test. Says what
 * {@code compression.type} costs the producer and what it saves in bytes (the ratio is printed at the end of each run).
 * {@code lz4} needs lz4-java on the class path, which the bench module does not have: add
 * {@code ~/.m2/repository/at/yawk/lz4/lz4-java/1.10.1/lz4-java-1.10.1.jar} (ingest's, from the Quarkus BOM).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@Threads(1)
public class ArticleBatchCompressionBenchmark {

    static final int ARTICLES = 1024;
    static final int BATCH = 10;

    /** codec, or codec:level */
    @Param({"none", "lz4", "lz4:1", "zstd", "zstd:1"})
    public String codec;

    private final Serializer<RawArticle> avro = Topics.ARTICLES_RAW.valueSerde().serializer();
    private RawArticle[] articles;
    private byte[][] values;
    private Compression compression;
    private ByteBuffer buffer;
    private int next;
    private long bytesIn;
    private long bytesOut;

    @Setup
    public void articles() {
        NewsFeed feed = new NewsFeed(42, NewsFeed.Settings.defaults(0));
        ArticleFactory factory = new ArticleFactory(Clock.systemUTC(), 200_000, ZoneId.of("Asia/Baghdad"));
        String publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        articles = new RawArticle[ARTICLES];
        values = new byte[ARTICLES][];
        for (int i = 0; i < ARTICLES; i++) {
            GeneratedArticle article = feed.next();
            articles[i] = factory.create(new ArticleSubmission(article.title(), article.body(), article.url(),
                    article.source(), publishedAt, null), "api").article();
            values[i] = avro.serialize("articles.raw", articles[i]);
        }
        String[] parts = codec.split(":");
        compression = switch (parts[0]) {
            case "none" -> Compression.NONE;
            case "lz4" -> parts.length > 1 ? Compression.lz4().level(Integer.parseInt(parts[1])).build()
                    : Compression.lz4().build();
            case "zstd" -> parts.length > 1 ? Compression.zstd().level(Integer.parseInt(parts[1])).build()
                    : Compression.zstd().build();
            default -> throw new IllegalArgumentException(codec);
        };
        buffer = ByteBuffer.allocate(1 << 20);
    }

    /** One request's articles as one producer batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public MemoryRecords batch() {
        buffer.clear();
        MemoryRecordsBuilder builder = MemoryRecords.builder(buffer, compression, TimestampType.CREATE_TIME, 0L);
        long now = System.currentTimeMillis();
        for (int i = 0; i < BATCH; i++) {
            next = (next + 1) & (ARTICLES - 1);
            builder.append(now, articles[next].getId().getBytes(), values[next]);
            bytesIn += values[next].length;
        }
        MemoryRecords records = builder.build();
        bytesOut += records.sizeInBytes();
        return records;
    }

    @TearDown
    public void ratio() {
        if (bytesIn > 0) {
            System.out.printf("%n%s: the batches are %.2f of the Avro bytes%n", codec, bytesOut / (double) bytesIn);
        }
    }
}
