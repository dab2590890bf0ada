package io.raqib.alert.figures;

import static io.raqib.alert.figures.ArticleFixtures.article;
import static io.raqib.alert.figures.ArticleFixtures.figure;
import static io.raqib.alert.figures.ArticleFixtures.organisation;
import static io.raqib.alert.figures.ArticleFixtures.place;
import static io.raqib.alert.figures.ArticleFixtures.vague;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.raqib.alert.ArticleFiguresSerde;
import io.raqib.alert.JsonSerde;
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topics;

class FiguresBoardTest {

    private static final Instant DAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final String ISIS_FIGHTERS = "ISIS|FIGHTERS";
    private static final Duration HORIZON = Duration.ofDays(30);
    private static final int CAP = 4;

    private final List<Throwable> deadLettered = new ArrayList<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        FiguresBoard.build(builder, "", HORIZON, CAP, deadLettered::add);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "figures-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), config);
        enriched = driver.createInputTopic(Topics.ARTICLES_ENRICHED.name(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        dlq = driver.createOutputTopic(Topics.ALERT_DEAD_LETTERS.name(), Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(EnrichedArticle article) {
        enriched.pipeInput(article.getArticle().getId(),
                Topics.ARTICLES_ENRICHED.valueSerde().serializer().serialize("t", article),
                article.getArticle().getPublishedAt());
    }

    private KeyValueStore<String, ArticleFigures> reports() {
        return driver.getKeyValueStore(FiguresBoard.REPORTS_STORE);
    }

    private Board board(String key) {
        String[] parts = key.split("\\|");
        return FiguresBoard.board(reports(), BoardKey.of(parts[0], FigureCategory.valueOf(parts[1])), HORIZON, CAP);
    }

    /** Three sources on ISIS's fighters in the desert, who do not agree; and the Asayish on the detainees. */
    private void pipeTheDesertEstimates() {
        pipe(article("f1", "شبكة الرافدين", DAY,
                "الاستخبارات العسكرية: نحو 2500 مقاتل من داعش ينتشرون في صحراء الأنبار",
                List.of(organisation("ISIS", "داعش"), organisation("Iraqi Military Intelligence",
                        "مديرية الاستخبارات العسكرية"), place("Anbar Desert", "صحراء الأنبار")),
                List.of(figure("نحو 2500 مقاتل", 2500.0, 2500.0, true, FigureCategory.FIGHTERS, "ISIS", "Anbar Desert",
                        "Iraqi Military Intelligence"),
                        figure("مليون دينار", 1e6, 1e6, false, FigureCategory.MONEY, "ISIS", null, null))));
        pipe(article("f2", "المرصد الإخباري", DAY.plus(Duration.ofDays(2)),
                "التحالف الدولي يقدر عدد عناصر التنظيم في البادية بما بين خمسة وسبعة آلاف",
                List.of(organisation("ISIS", "داعش"), organisation("Global Coalition", "التحالف الدولي")),
                List.of(figure("ما بين خمسة وسبعة آلاف", 5000.0, 7000.0, false, FigureCategory.FIGHTERS, "ISIS", null,
                        "Global Coalition"))));
        pipe(article("f3", "صدى الجزيرة", DAY.plus(Duration.ofDays(3)),
                "مئات المقاتلين من داعش يتحركون قرب الحدود",
                List.of(organisation("ISIS", "داعش")),
                List.of(vague("مئات المقاتلين", 100, 900, FigureCategory.FIGHTERS, "ISIS"))));
        pipe(article("d1", "صدى الجزيرة", DAY.plus(Duration.ofDays(1)),
                "الأسايش: أكثر من 300 معتقل نقلوا من مخيم الهول",
                List.of(organisation("Asayish", "الأسايش"), place("Al-Hol camp", "مخيم الهول")),
                List.of(figure("أكثر من 300 معتقل", 300.0, null, false, FigureCategory.DETAINEES, null, "Al-Hol camp",
                        "Asayish"))));
    }

    @Test
    void figuresGoToTheirActorAndCategoryNewestFirstWithWhoSaidThemAndWhere() {
        pipeTheDesertEstimates();

        Board fighters = board(ISIS_FIGHTERS);
        assertEquals("ISIS", fighters.actor());
        assertEquals("داعش", fighters.actorAr());
        assertEquals(FigureCategory.FIGHTERS, fighters.category());
        assertEquals(List.of("f3", "f2", "f1"), fighters.reports().stream().map(FigureReport::articleId).toList());
        FigureReport first = fighters.reports().get(2);
        assertEquals("Iraqi Military Intelligence", first.speaker());
        assertEquals("مديرية الاستخبارات العسكرية", first.speakerAr());
        assertEquals("شبكة الرافدين", first.outlet());
        assertEquals("صحراء الأنبار", first.placeAr());
        assertEquals(DAY.toEpochMilli(), first.reportedAt());
        assertEquals("نحو 2500 مقاتل", first.text());
        assertTrue(first.approximate());
        assertTrue(first.title().startsWith("الاستخبارات العسكرية"));
        assertEquals("https://news.example/f1", first.url());

        Board detainees = board("-|DETAINEES");
        assertNull(detainees.actor(), "a figure no actor was named for has its own board");
        assertEquals(300.0, detainees.reports().get(0).low());
        assertNull(detainees.reports().get(0).high());
        assertNull(board("ISIS|MONEY"), "sums of money are not compared on a board");
    }

    @Test
    void anUndatedArticleReportsWhenItWasFetched() {
        EnrichedArticle dated = article("u1", "شبكة الرافدين", DAY, "نحو مئتي معتقل في سجن غويران",
                List.of(place("Ghwayran prison", "سجن غويران")),
                List.of(figure("نحو مئتي معتقل", 200.0, 200.0, true, FigureCategory.DETAINEES, null,
                        "Ghwayran prison", null)));
        EnrichedArticle undated = EnrichedArticle.newBuilder(dated)
                .setArticle(RawArticle.newBuilder(dated.getArticle()).setPublishedAt(null).build()).build();
        enriched.pipeInput("u1", Topics.ARTICLES_ENRICHED.valueSerde().serializer().serialize("t", undated), DAY);

        FigureReport report = board("-|DETAINEES").reports().get(0);
        assertEquals(DAY.plusSeconds(120).toEpochMilli(), report.reportedAt(), "the fixture fetches two minutes on");
        assertEquals("سجن غويران", report.placeAr());
        assertNull(report.speaker());
    }

    @Test
    void theSummaryAndTheDetailShowConflictingEstimatesSideBySide() {
        pipeTheDesertEstimates();
        Board fighters = board(ISIS_FIGHTERS);
        BoardKey key = new BoardKey("ISIS", FigureCategory.FIGHTERS);

        BoardSummary summary = BoardSummary.of(fighters, key, DAY.minus(Duration.ofDays(1)));
        assertEquals(3, summary.reports());
        assertEquals(3, summary.sources(), "two speakers, and an outlet that named nobody");
        assertEquals(100.0, summary.min());
        assertEquals(7000.0, summary.max());
        assertEquals("f3", summary.latest().articleId());
        assertTrue(summary.conflicting(), "about 2,500 and 5,000 to 7,000 cannot both be right");

        BoardDetail detail = BoardDetail.of(fighters, key, DAY.minus(Duration.ofDays(1)));
        assertEquals(List.of("صدى الجزيرة", "Global Coalition", "Iraqi Military Intelligence"),
                detail.sources().stream().map(BoardDetail.Source::source).toList());
        assertEquals("التحالف الدولي", detail.sources().get(1).sourceAr());
        assertNull(detail.sources().get(0).sourceAr(), "an outlet is named as it names itself");
        assertEquals(5000.0, detail.sources().get(1).latest().low());
        assertTrue(detail.conflicting());

        BoardDetail lately = BoardDetail.of(fighters, key, DAY.plus(Duration.ofDays(3)));
        assertEquals(1, lately.reports());
        assertFalse(lately.conflicting(), "one source alone does not conflict");
    }

    @Test
    void anArticleDeliveredAgainReplacesWhatItSaid() {
        pipeTheDesertEstimates();
        pipe(article("f2", "المرصد الإخباري", DAY.plus(Duration.ofDays(2)), "تصحيح: التحالف يقدر العدد بستة آلاف",
                List.of(organisation("ISIS", "داعش")),
                List.of(figure("ستة آلاف", 6000.0, 6000.0, false, FigureCategory.FIGHTERS, "ISIS", null,
                        "Global Coalition"))));

        List<FigureReport> reports = board(ISIS_FIGHTERS).reports();
        assertEquals(3, reports.size());
        assertEquals(6000.0, reports.get(1).low());
    }

    @Test
    void aBoardKeepsItsHorizonAndItsCap() {
        pipe(article("old", "س", DAY.minus(Duration.ofDays(40)), "قديم", List.of(),
                List.of(figure("ألف مقاتل", 1000.0, 1000.0, false, FigureCategory.FIGHTERS, "ISIS", null, null))));
        pipe(article("new", "س", DAY, "جديد", List.of(),
                List.of(figure("ألفا مقاتل", 2000.0, 2000.0, false, FigureCategory.FIGHTERS, "ISIS", null, null))));
        assertEquals(List.of("new"), board(ISIS_FIGHTERS).reports().stream().map(FigureReport::articleId).toList(),
                "40 days before the newest is beyond a 30-day horizon");

        for (int i = 1; i <= 5; i++) {
            pipe(article("n" + i, "س", DAY.plus(Duration.ofHours(i)), "خبر " + i, List.of(),
                    List.of(figure(i + " آلاف", i * 1000.0, i * 1000.0, false, FigureCategory.FIGHTERS, "ISIS", null,
                            null))));
        }
        assertEquals(List.of("n5", "n4", "n3", "n2"),
                board(ISIS_FIGHTERS).reports().stream().map(FigureReport::articleId).toList());

        assertEquals(4, count(reports()), "what the board no longer shows is deleted as the news comes");
        assertEquals(List.of("ISIS|FIGHTERS|n2", "ISIS|FIGHTERS|n3", "ISIS|FIGHTERS|n4", "ISIS|FIGHTERS|n5"),
                keys(reports()));
    }

    @Test
    void aBoardIsPutTogetherFromEveryPartitionEachArticleOnce() {
        pipeTheDesertEstimates();
        ArticleFigures oldF1 = reports().get("ISIS|FIGHTERS|f1");
        pipe(article("f1", "شبكة الرافدين", DAY.plus(Duration.ofDays(4)),
                "الاستخبارات العسكرية تعدل تقديرها: نحو 3000 مقاتل من داعش في صحراء الأنبار",
                List.of(organisation("ISIS", "داعش")),
                List.of(figure("نحو 3000 مقاتل", 3000.0, 3000.0, true, FigureCategory.FIGHTERS, "ISIS", null,
                        "Iraqi Military Intelligence"))));
        // Reports live on their articles' partitions. f1's first copy stayed on another partition, as after an
        // upgrade from releases that kept a board on the board's partition; f1 came again since.
        PartitionedReports partitions = new PartitionedReports();
        partitions.put(0, "ISIS|FIGHTERS|f1", oldF1);
        partitions.put(0, "-|DETAINEES|d1", reports().get("-|DETAINEES|d1"));
        partitions.put(1, "ISIS|FIGHTERS|f1", reports().get("ISIS|FIGHTERS|f1"));
        partitions.put(1, "ISIS|FIGHTERS|f3", reports().get("ISIS|FIGHTERS|f3"));
        partitions.put(2, "ISIS|FIGHTERS|f2", reports().get("ISIS|FIGHTERS|f2"));

        Board board = FiguresBoard.board(partitions, BoardKey.of("ISIS", FigureCategory.FIGHTERS), HORIZON, CAP);
        assertEquals(List.of("f1", "f3", "f2"), board.reports().stream().map(FigureReport::articleId).toList());
        assertEquals(3000.0, board.reports().get(0).low(), "the later delivery replaces what f1 said");
        List<Board> boards = FiguresBoard.boards(partitions, HORIZON, CAP);
        assertEquals(2, boards.size());
        assertEquals(3, boards.stream().filter(b -> b.category() == FigureCategory.FIGHTERS).findFirst().orElseThrow()
                .reports().size());
    }

    /** The figures store as the API sees it on one instance: each partition's store, one after the other. */
    private static final class PartitionedReports implements ReadOnlyKeyValueStore<String, ArticleFigures> {

        private final List<TreeMap<String, ArticleFigures>> partitions = List.of(new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>());

        void put(int partition, String key, ArticleFigures value) {
            partitions.get(partition).put(key, value);
        }

        @Override
        public ArticleFigures get(String key) {
            return partitions.stream().map(p -> p.get(key)).filter(v -> v != null).findFirst().orElse(null);
        }

        @Override
        public KeyValueIterator<String, ArticleFigures> range(String from, String to) {
            return iterator(p -> p.subMap(from, true, to, true));
        }

        @Override
        public KeyValueIterator<String, ArticleFigures> all() {
            return iterator(p -> p);
        }

        @Override
        public <PS extends Serializer<P>, P> KeyValueIterator<String, ArticleFigures> prefixScan(P prefix,
                PS serializer) {
            return iterator(p -> p.subMap((String) prefix, true, prefix + "\uffff", false));
        }

        @Override
        public long approximateNumEntries() {
            return partitions.stream().mapToLong(TreeMap::size).sum();
        }

        private KeyValueIterator<String, ArticleFigures> iterator(
                Function<TreeMap<String, ArticleFigures>, SortedMap<String, ArticleFigures>> view) {
            Iterator<Map.Entry<String, ArticleFigures>> entries = partitions.stream()
                    .flatMap(p -> view.apply(p).entrySet().stream()).iterator();
            return new KeyValueIterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public KeyValue<String, ArticleFigures> next() {
                    Map.Entry<String, ArticleFigures> entry = entries.next();
                    return KeyValue.pair(entry.getKey(), entry.getValue());
                }

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static List<String> keys(KeyValueStore<String, ArticleFigures> store) {
        List<String> keys = new java.util.ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private static int count(KeyValueStore<String, ArticleFigures> store) {
        int n = 0;
        try (var all = store.all()) {
            for (; all.hasNext(); all.next()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anArticleThatCannotBeReadIsDeadLetteredAndTheBoardsGoOn() {
        enriched.pipeInput("broken", new byte[] {(byte) 0xC3, 0x01, 9, 9}, DAY);
        pipeTheDesertEstimates();

        assertEquals(1, dlq.readRecordsToList().size());
        assertEquals(1, deadLettered.size());
        assertEquals(3, board(ISIS_FIGHTERS).reports().size());
    }

    @Test
    void anArticlesReportsSurviveTheirBytesUnchangedAndTheJsonOfEarlierReleasesStillReads() {
        pipeTheDesertEstimates();
        ArticleFigures f1 = reports().get("ISIS|FIGHTERS|f1");
        ArticleFiguresSerde serde = new ArticleFiguresSerde();
        assertEquals(f1, serde.deserialize("t", serde.serialize("t", f1)));
        assertEquals("داعش", f1.actorAr());
        assertEquals(f1, serde.deserialize("t", new JsonSerde<>(ArticleFigures.class).serialize("t", f1)));
    }
}
