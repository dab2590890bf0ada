package io.raqib.nlp.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.SampleArticles;
import io.raqib.schemas.DeadLetters;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.TopicMention;
import io.raqib.schemas.Topics;

class EnrichmentTopologyTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<Throwable> deadLettered = new ArrayList<>();

    private TopologyTestDriver driver;
    private static final Extractor EXTRACTOR = Extractor.bundled();

    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, TopicMention> mentions;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichmentTopology.build(builder, "", new Enricher(() -> EXTRACTOR, clock), clock, deadLettered::add);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "nlp-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), config);
        raw = driver.createInputTopic(Topics.ARTICLES_RAW.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ARTICLES_ENRICHED.name(), Serdes.String().deserializer(),
                Topics.ARTICLES_ENRICHED.valueSerde().deserializer());
        mentions = driver.createOutputTopic(Topics.TOPIC_MENTIONS.name(), Serdes.String().deserializer(),
                Topics.TOPIC_MENTIONS.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.NLP_DEAD_LETTERS.name(), Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static RawArticle article(String id, Instant publishedAt) {
        return RawArticle.newBuilder().setId(id).setSource("وكالة الحدود").setUrl("https://news.example/" + id)
                .setTitle("إحباط محاولة تسلل").setBody(SampleArticles.BORDER_AND_PRISON).setLanguage("ar")
                .setPublishedAt(publishedAt).setFetchedAt(NOW).setContentHash("h-" + id).build();
    }

    private void pipe(RawArticle article) {
        raw.pipeInput(article.getId(), Topics.ARTICLES_RAW.valueSerde().serializer().serialize("t", article));
    }

    @Test
    void enrichesAnArticleAndKeepsItsKey() {
        pipe(article("a1", NOW.minusSeconds(600)));

        var record = enriched.readRecord();
        assertEquals("a1", record.key());
        assertEquals("a1", record.value().getArticle().getId());
        assertTrue(record.value().getModelVersion().startsWith("extractor-"));
        assertTrue(record.value().getTopics().size() >= 2);
        assertEquals(NOW, record.value().getEnrichedAt());
    }

    @Test
    void emitsOneMentionPerTopicAndPerTopicAndPlaceAtPublicationTime() {
        Instant published = NOW.minusSeconds(600);
        pipe(article("a1", published));

        var keys = new ArrayList<String>();
        for (var record : mentions.readRecordsToList()) {
            keys.add(record.key());
            assertEquals(published, record.getRecordTime());
            assertEquals("a1", record.value().getArticleId());
            assertTrue(!record.value().getPhrases().isEmpty());
        }
        assertTrue(keys.contains("border_infiltration"), keys.toString());
        assertTrue(keys.contains("border_infiltration@Hasakah"), keys.toString());
        assertTrue(keys.contains("prison_break@Ghwayran prison"), keys.toString());
    }

    @Test
    void anArticleDatedInTheFutureCountsNow() {
        pipe(article("a2", NOW.plusSeconds(86_400)));
        var record = mentions.readRecord();
        assertEquals(NOW.plus(EnrichmentTopology.FUTURE_TOLERANCE), record.getRecordTime());
    }

    @Test
    void aPoisonPillGoesToTheDeadLetterTopicAndTheNextArticleStillFlows() {
        raw.pipeInput("bad", "random bytes".getBytes(StandardCharsets.UTF_8));
        pipe(article("a3", NOW));

        var dead = dlq.readRecord();
        assertArrayEquals("random bytes".getBytes(StandardCharsets.UTF_8), dead.value());
        assertEquals(EnrichmentTopology.SERVICE,
                new String(dead.headers().lastHeader(DeadLetters.SERVICE).value(), StandardCharsets.UTF_8));
        assertTrue(new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8)
                .contains("bad header"));
        assertEquals(1, deadLettered.size());
        assertEquals("a3", enriched.readRecord().key());
    }
}
