package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.raqib.ingest.dedup.Verdict.Kind;

class DedupStateCodecTest {

    private static final Instant T0 = DuplicateIndexTest.T0;
    private static final List<CorpusArticle> CORPUS = DuplicateIndexTest.CORPUS;

    @Test
    void oneRememberedArticleRoundTrips() {
        RememberedArticle article = new RememberedArticle("c1", "https://news.example/أخبار/1", "شبكة الحدث الأمني",
                Instant.parse("2024-05-01T06:00:00.123456789Z"), TextFingerprint.of(CORPUS.get(0).body()), "w1",
                List.of("المرصد", "قناة الأفق"));
        byte[] bytes = DedupStateCodec.encode(article);
        assertEquals(article, DedupStateCodec.decode(bytes));
        assertTrue(bytes.length < 800, "small enough for one record per key: " + bytes.length);
    }

    @Test
    void nullsAndEmptiesRoundTrip() {
        RememberedArticle bare = new RememberedArticle("e", null, "", T0, TextFingerprint.of(""), null, List.of());
        assertEquals(bare, DedupStateCodec.decode(DedupStateCodec.encode(bare)));
    }

    @Test
    void aRestoredIndexDecidesAsTheOriginalWould() {
        DuplicateIndex before = new DuplicateIndex(DedupConfig.defaults());
        List<CorpusArticle> originals = CORPUS.stream().filter(a -> a.variant().equals("original")).toList();
        List<CorpusArticle> copies = CORPUS.stream().filter(a -> !a.variant().equals("original")).toList();
        for (int i = 0; i < originals.size(); i++) {
            before.observe(incoming("o" + i, originals.get(i), T0.plus(Duration.ofHours(i))));
        }
        // half the copies before the restart, so also-reported-by lists and copy entries are in the state
        for (int i = 0; i < copies.size() / 2; i++) {
            before.observe(incoming("c" + i, copies.get(i), T0.plus(Duration.ofHours(20)).plusSeconds(i)));
        }
        List<RememberedArticle> state = before.snapshot();
        DuplicateIndex after = DuplicateIndex.restore(DedupConfig.defaults(),
                DedupStateCodec.decodeSnapshot(DedupStateCodec.encodeSnapshot(state)), IndexChangeListener.NONE);

        assertEquals(state, after.snapshot());
        for (int i = 0; i < originals.size(); i++) {
            assertEquals(before.alsoReportedBy("o" + i), after.alsoReportedBy("o" + i));
        }
        for (int i = copies.size() / 2; i < copies.size(); i++) {
            Instant time = T0.plus(Duration.ofHours(22)).plusSeconds(i);
            Verdict expected = before.observe(incoming("c" + i, copies.get(i), time));
            Verdict actual = after.observe(incoming("c" + i, copies.get(i), time));
            assertEquals(expected, actual, copies.get(i).key());
            assertTrue(actual.isDuplicate(), copies.get(i).key() + " found after the restart");
        }
    }

    @Test
    void aStoreMirroredThroughTheListenerRestoresTheSameIndex() {
        // what the service does with a compacted topic: put on remembered, tombstone on forgotten
        Map<String, byte[]> store = new LinkedHashMap<>();
        IndexChangeListener mirror = new IndexChangeListener() {
            @Override
            public void remembered(RememberedArticle article) {
                store.put(article.id(), DedupStateCodec.encode(article));
            }

            @Override
            public void forgotten(String id) {
                store.remove(id);
            }
        };
        DuplicateIndex live = new DuplicateIndex(DedupConfig.defaults().withMaxEntries(30), mirror);
        for (int i = 0; i < CORPUS.size(); i++) {
            live.observe(incoming("a" + i, CORPUS.get(i), T0.plus(Duration.ofMinutes(40L * i))));
        }
        List<RememberedArticle> fromStore = new ArrayList<>();
        store.values().forEach(bytes -> fromStore.add(DedupStateCodec.decode(bytes)));
        DuplicateIndex restored = DuplicateIndex.restore(live.config(), fromStore, IndexChangeListener.NONE);
        assertEquals(live.snapshot(), restored.snapshot());
        assertEquals(30, restored.size());
    }

    @Test
    void aRestartDoesNotForgetTheLastDay() {
        DuplicateIndex before = new DuplicateIndex(DedupConfig.defaults());
        CorpusArticle wire = CORPUS.get(0);
        CorpusArticle copy = CORPUS.get(1);
        before.observe(incoming("wire", wire, T0));
        before.observe(incoming("other", CORPUS.get(10), T0.plus(Duration.ofHours(24))));
        byte[] persisted = DedupStateCodec.encodeSnapshot(before.snapshot());

        DuplicateIndex after = DuplicateIndex.restore(DedupConfig.defaults(), DedupStateCodec.decodeSnapshot(persisted),
                IndexChangeListener.NONE);
        Verdict verdict = after.observe(incoming("copy", copy, T0.plus(Duration.ofHours(26))));
        assertEquals(Kind.NEAR_DUPLICATE, verdict.kind());
        assertEquals("wire", verdict.originalId());
    }

    @Test
    void restoringUnderAShorterHorizonDropsWhatItNoLongerKeeps() {
        DuplicateIndex before = new DuplicateIndex(DedupConfig.defaults());
        before.observe(incoming("old", CORPUS.get(0), T0));
        before.observe(incoming("new", CORPUS.get(10), T0.plus(Duration.ofHours(30))));
        List<String> forgotten = new ArrayList<>();
        DuplicateIndex after = DuplicateIndex.restore(DedupConfig.defaults().withHorizon(Duration.ofHours(24)),
                before.snapshot(), new IndexChangeListener() {
                    @Override
                    public void remembered(RememberedArticle article) {
                    }

                    @Override
                    public void forgotten(String id) {
                        forgotten.add(id);
                    }
                });
        assertEquals(List.of("old"), forgotten);
        assertEquals(1, after.size());
    }

    @Test
    void refusesStateItCannotRead() {
        byte[] bytes = DedupStateCodec.encode(new RememberedArticle("x", null, "o", T0, TextFingerprint.of("نص"), null,
                List.of()));
        bytes[1] = 99; // another sketch version
        var error = assertThrows(IllegalArgumentException.class, () -> DedupStateCodec.decode(bytes));
        assertTrue(error.getMessage().contains("sketch version 99"), error.getMessage());

        assertThrows(IllegalArgumentException.class, () -> DedupStateCodec.decode(new byte[] {1, 1, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> DedupStateCodec.decodeSnapshot(new byte[] {0, 0, 0, 0}));
    }

    private static IncomingArticle incoming(String id, CorpusArticle article, Instant time) {
        return new IncomingArticle(id, "https://news.example/" + id, article.outlet(), article.body(), time);
    }
}
