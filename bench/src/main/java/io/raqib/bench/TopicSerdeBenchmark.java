package io.raqib.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.raqib.alert.figures.ArticleFigures;
import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.stream.Enricher;
import io.raqib.nlp.stream.Mentions;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;

/**
 * The Avro serdes of the topics, one record per operation: what every consumer pays per record before its own work
 * (nlp decodes each raw article and encodes it enriched with its mentions; alert-service decodes every mention and
 * every enriched article). The records are the bench feed's articles (1–8 KB, median 3 KB), enriched by the bundled
 * extractor. Run: {@code ./raqib jmh TopicSerdeBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TopicSerdeBenchmark {

    private static final int RECORDS = 256;

    private final Serializer<RawArticle> rawWriter = Topics.ARTICLES_RAW.valueSerde().serializer();
    private final Deserializer<RawArticle> rawReader = Topics.ARTICLES_RAW.valueSerde().deserializer();
    private final Serializer<EnrichedArticle> enrichedWriter = Topics.ARTICLES_ENRICHED.valueSerde().serializer();
    private final Deserializer<EnrichedArticle> enrichedReader = Topics.ARTICLES_ENRICHED.valueSerde().deserializer();
    private final Deserializer<TopicMention> mentionReader = Topics.TOPIC_MENTIONS.valueSerde().deserializer();

    private EnrichedArticle[] enriched;
    private byte[][] rawBytes;
    private byte[][] enrichedBytes;
    private byte[][] mentionBytes;
    private int next;
    private int nextMention;

    @Setup
    public void records() {
        NewsFeed feed = new NewsFeed(42, NewsFeed.Settings.defaults(0));
        Extractor extractor = Extractor.bundled();
        Enricher enricher = new Enricher(() -> extractor, Clock.systemUTC());
        enriched = new EnrichedArticle[RECORDS];
        rawBytes = new byte[RECORDS][];
        enrichedBytes = new byte[RECORDS][];
        List<byte[]> mentions = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < RECORDS; i++) {
            GeneratedArticle article = feed.next();
            RawArticle raw = RawArticle.newBuilder().setId("a" + i).setSource(article.source()).setUrl(article.url())
                    .setTitle(article.title()).setBody(article.body()).setLanguage("ar").setPublishedAt(now)
                    .setPublishedApproximate(false).setFetchedAt(now).setContentHash("h" + i).build();
            enriched[i] = enricher.enrich(raw);
            rawBytes[i] = rawWriter.serialize("articles.raw", raw);
            enrichedBytes[i] = enrichedWriter.serialize("articles.enriched", enriched[i]);
            for (KeyValue<String, TopicMention> mention : Mentions.of(enriched[i])) {
                mentions.add(Topics.TOPIC_MENTIONS.valueSerde().serializer().serialize("topic.mentions",
                        mention.value));
            }
        }
        mentionBytes = mentions.toArray(byte[][]::new);
    }

    private int next() {
        next = next + 1 == RECORDS ? 0 : next + 1;
        return next;
    }

    /** What nlp-service reads per article. */
    @Benchmark
    public RawArticle decodeRaw() {
        return rawReader.deserialize("articles.raw", rawBytes[next()]);
    }

    /** What nlp-service writes per article. */
    @Benchmark
    public byte[] encodeEnriched() {
        return enrichedWriter.serialize("articles.enriched", enriched[next()]);
    }

    /** What alert-service's figures board and downstream consumers read per article. */
    @Benchmark
    public EnrichedArticle decodeEnriched() {
        return enrichedReader.deserialize("articles.enriched", enrichedBytes[next()]);
    }

    /**
     * What alert-service's figures board reads per article: the byline, the entities' labels and the figures only
     * (until session 7 it decoded the whole article: {@link #decodeEnriched}).
     */
    @Benchmark
    public List<ArticleFigures> decodeFiguresOfEnriched() {
        return ArticleFigures.of(ArticleFigures.READER.decode("articles.enriched", enrichedBytes[next()]));
    }

    /** What alert-service reads per mention (about 20 per article). */
    @Benchmark
    public TopicMention decodeMention() {
        nextMention = nextMention + 1 == mentionBytes.length ? 0 : nextMention + 1;
        return mentionReader.deserialize("topic.mentions", mentionBytes[nextMention]);
    }
}
