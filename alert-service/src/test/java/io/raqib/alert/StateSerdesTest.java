package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.raqib.alert.detect.Detector;
import io.raqib.alert.detect.DetectorConfig;
import io.raqib.alert.detect.SeriesState;
import io.raqib.alert.figures.ArticleFigures;
import io.raqib.alert.figures.FigureReport;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.SelfSerde;
import io.raqib.schemas.TopicMention;

/**
 * The binary formats of the hot state: what is written reads back the same, starts with its version byte, and
 * anything else (garbage, truncation, another version) fails with a SerializationException saying what it is not.
 * The JSON the stores held before still reads.
 */
class StateSerdesTest {

    private static final Instant T = Instant.parse("2024-05-10T10:00:00Z");

    private static SeriesTally tally(int articles) {
        SeriesTally tally = SeriesTally.empty();
        for (int i = 0; i < articles; i++) {
            TopicMention mention = Fixtures.mention("a" + i, "border_infiltration", "Hasakah", T, "outlet " + i);
            mention.setUrl(i % 2 == 0 ? null : mention.getUrl());
            tally = tally.add(mention);
        }
        return tally;
    }

    /** A state the detector made: a baseline learned over two days, a current window. */
    private static SeriesState learnedState() {
        Detector detector = new Detector(DetectorConfig.defaults());
        SeriesState state = SeriesState.fresh();
        for (int hour = 0; hour < 48; hour++) {
            state = detector.observe(state, hour % 5, T.plus(Duration.ofHours(hour)), 2).state();
        }
        return state;
    }

    private static <T> T roundTrip(SelfSerde<T> serde, T value) {
        return serde.deserialize("t", serde.serialize("t", value));
    }

    @Test
    void aTallyReadsBackAsWritten() {
        TallySerde serde = new TallySerde();
        for (int articles : new int[] {0, 1, 7, SeriesTally.MAX_ARTICLES + 20}) {
            SeriesTally tally = tally(articles);
            assertEquals(tally, roundTrip(serde, tally), articles + " articles");
        }
        byte[] full = serde.serialize("t", tally(SeriesTally.MAX_ARTICLES));
        assertEquals(TallySerde.VERSION, full[0]);
        assertTrue(full.length < 3_000, "a full tally is small: " + full.length + " bytes");
        assertEquals(SeriesTally.MAX_ARTICLES, serde.deserialize("t", full).articles().size());

        FingerprintSet thousand = FingerprintSet.EMPTY;
        for (int i = 0; i < SeriesTally.MAX_STORED_ARTICLES; i++) {
            thousand = thousand.with(FingerprintSet.fingerprint("a" + i), SeriesTally.MAX_STORED_ARTICLES);
        }
        SeriesTally older = new SeriesTally(1500, tally(1).evidence(), tally(1).outlets(), thousand);
        assertEquals(older, roundTrip(serde, older), "a tally of a release that remembered more ids still reads");
        assertEquals(1500, roundTrip(serde, older).add(Fixtures.mention("new", "border_infiltration", "Hasakah", T,
                "outlet")).count() - 1, "and counts on without the repeat check");
    }

    /** Format 1, as releases before wrote it: 64-bit fingerprints, in signed order. */
    private static byte[] formatOne(long count, List<String> articleIds, List<String> outlets, Evidence evidence) {
        long[] ids = articleIds.stream().mapToLong(FingerprintSet::fingerprint64).sorted().toArray();
        long[] voices = outlets.stream().mapToLong(FingerprintSet::fingerprint64).sorted().toArray();
        BinaryWriter out = new BinaryWriter(64).writeByte(1).writeLong(count).writeInt(ids.length);
        for (long id : ids) {
            out.writeLong(id);
        }
        out.writeInt(voices.length);
        for (long voice : voices) {
            out.writeLong(voice);
        }
        evidence.write(out);
        return out.toByteArray();
    }

    @Test
    void aTallyOfFormatOneReadsAndKnowsItsArticlesAndOutlets() {
        SeriesTally before = tally(3);
        byte[] stored = formatOne(3, List.of("a0", "a1", "a2"), List.of("outlet 0", "outlet 1", "outlet 2"),
                before.evidence());
        SeriesTally read = new TallySerde().deserialize("t", stored);
        assertEquals(before, read, "the same as the tally written today");
        assertEquals(3, read.add(Fixtures.mention("a1", "border_infiltration", "Hasakah", T, "outlet 1")).count(),
                "an article counted before the upgrade does not count again");
        assertEquals(3, read.add(Fixtures.mention("a3", "border_infiltration", "Hasakah", T, "outlet 2")).outlets()
                .size(), "nor does an outlet");
        assertEquals(TallySerde.VERSION, new TallySerde().serialize("t", read)[0], "written back in today's format");
        byte[] empty = formatOne(2, List.of(), List.of(), before.evidence());
        BinaryWriter swapped = new BinaryWriter(64).writeByte(1).writeLong(2).writeInt(2).writeLong(5).writeLong(4)
                .writeInt(0);
        before.evidence().write(swapped);
        assertThrows(SerializationException.class, () -> new TallySerde().deserialize("t", swapped.toByteArray()));
        assertEquals(2, new TallySerde().deserialize("t", empty).count());
    }

    @Test
    void anObservationCarriesTheTallysLatestArticles() {
        SeriesTally tally = tally(9);
        Observation observation = new Observation(T.toEpochMilli(), tally.count(), 9, tally.evidence());
        assertEquals(5, observation.alertEvidence().size());
        assertEquals("a8", observation.alertEvidence().get(0).getArticleId());
        assertNull(observation.alertEvidence().get(0).getUrl());
    }

    @Test
    void aSeriesStateReadsBackAsWritten() {
        SeriesStateSerde serde = new SeriesStateSerde();
        assertEquals(SeriesState.fresh(), roundTrip(serde, SeriesState.fresh()));
        SeriesState learned = learnedState();
        assertEquals(learned, roundTrip(serde, learned));
        assertEquals(SeriesStateSerde.VERSION, serde.serialize("t", learned)[0]);
    }

    @Test
    void anExpectationReadsBackAsWritten() {
        ExpectationSerde serde = new ExpectationSerde();
        for (Expectation expectation : List.of(new Expectation(2.5, true, "0123abcd"),
                new Expectation(0.01, false, null))) {
            assertEquals(expectation, roundTrip(serde, expectation));
        }
    }

    /** Two reports of one board, every field that may be missing missing in the second. */
    private static ArticleFigures figures() {
        return new ArticleFigures("ISIS", "داعش", FigureCategory.FIGHTERS, "a1", List.of(
                new FigureReport("a1", "تقديرات متضاربة", "https://news.example/a1", "وكالة الحدود", T.toEpochMilli(),
                        "سامر الدليمي", null, "Badia", "البادية", "نحو 3 آلاف مسلح", 3000.0, 3000.0, true, false),
                new FigureReport("a1", "", null, "وكالة الحدود", T.toEpochMilli(), null, null, null, null,
                        "المئات", null, 999.0, false, true)));
    }

    @Test
    void anArticlesFiguresReadBackAsWritten() {
        ArticleFiguresSerde serde = new ArticleFiguresSerde();
        assertEquals(figures(), roundTrip(serde, figures()));
        ArticleFigures none = new ArticleFigures(null, null, FigureCategory.PEOPLE, "a2", List.of());
        assertEquals(none, roundTrip(serde, none));
        assertEquals(ArticleFiguresSerde.VERSION, serde.serialize("t", figures())[0]);
        assertEquals(figures(), serde.deserialize("t", new JsonSerde<>(ArticleFigures.class).serialize("t", figures())),
                "the JSON of earlier releases");
    }

    @Test
    void theJsonOfEarlierReleasesStillReads() {
        JsonSerde<TallySerde.JsonTally> oldTally = new JsonSerde<>(TallySerde.JsonTally.class);
        Evidence.Article article = new Evidence.Article("a2", "عنوان", null, "SANA", List.of("محاولة تسلل"));
        byte[] json = oldTally.serialize("t", new TallySerde.JsonTally(2, List.of(article), Set.of("SANA", "Enab"),
                Set.of("a1", "a2")));
        SeriesTally tally = new TallySerde().deserialize("t", json);
        assertEquals(2, tally.count());
        assertEquals(2, tally.outlets().size());
        assertEquals(List.of(article), tally.evidence().articles());
        assertEquals(2, tally.add(Fixtures.mention("a1", "t", null, T, "SANA")).count(), "its ids still count once");

        SeriesState learned = learnedState();
        assertEquals(learned, new SeriesStateSerde().deserialize("t",
                new JsonSerde<>(SeriesState.class).serialize("t", learned)));
        Expectation expectation = new Expectation(1.5, true, "abc");
        assertEquals(expectation, new ExpectationSerde().deserialize("t",
                new JsonSerde<>(Expectation.class).serialize("t", expectation)));
    }

    @Test
    void garbageIsToldApart() {
        List<SelfSerde<?>> serdes = List.of(new TallySerde(), new SeriesStateSerde(), new ExpectationSerde(),
                new ArticleFiguresSerde());
        List<byte[]> written = List.of(new TallySerde().serialize("t", tally(7)),
                new SeriesStateSerde().serialize("t", learnedState()),
                new ExpectationSerde().serialize("t", new Expectation(1, true, "id")),
                new ArticleFiguresSerde().serialize("t", figures()));
        for (int i = 0; i < serdes.size(); i++) {
            SelfSerde<?> serde = serdes.get(i);
            byte[] bytes = written.get(i);
            String name = serde.getClass().getSimpleName();
            assertBad(serde, new byte[0], "no bytes", name);
            assertBad(serde, "not a state".getBytes(StandardCharsets.UTF_8), "unknown format version", name);
            byte[] future = bytes.clone();
            future[0] = (byte) (bytes[0] + 1);
            assertBad(serde, future, "unknown format version " + future[0], name);
            assertBad(serde, Arrays.copyOf(bytes, bytes.length - 3), "", name);
            assertBad(serde, Arrays.copyOf(bytes, bytes.length + 1), "", name);
            byte[] hugeCount = bytes.clone();
            Arrays.fill(hugeCount, 1, hugeCount.length, (byte) 0x7f); // every count and length a huge one
            assertBad(serde, hugeCount, "", name);
        }
        assertBad(new TallySerde(), "{\"count\": \"many\"}".getBytes(StandardCharsets.UTF_8), "", "TallySerde");
        byte[] noCategory = new ArticleFiguresSerde().serialize("t", new ArticleFigures("ISIS", null,
                FigureCategory.FIGHTERS, "a1", List.of()));
        int at = new String(noCategory, StandardCharsets.ISO_8859_1).indexOf("FIGHTERS");
        System.arraycopy("FIGHTERZ".getBytes(StandardCharsets.US_ASCII), 0, noCategory, at, 8);
        assertBad(new ArticleFiguresSerde(), noCategory, "no figure category FIGHTERZ", "ArticleFiguresSerde");
    }

    private static void assertBad(SelfSerde<?> serde, byte[] bytes, String why, String name) {
        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize("t", bytes),
                name);
        assertTrue(e.getMessage().startsWith("cannot read ") && e.getMessage().contains(why),
                name + ": " + e.getMessage());
    }
}
