package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.raqib.bench.GeneratedArticle;
import io.raqib.bench.GeneratedArticle.Kind;

class AckLedgerTest {

    private static GeneratedArticle article(long sequence, Kind kind, int spike) {
        return new GeneratedArticle(sequence, kind, "t", "b", "https://x.example/" + sequence, "s", -1, spike, "x@y");
    }

    @Test
    void aNearDuplicateIsAwaitedUnderItsOriginalsIdInOrder() {
        AckLedger ledger = new AckLedger();
        ledger.acknowledged(article(0, Kind.STORY, -1), new IngestClient.Outcome("a", "new", null), 100);
        ledger.acknowledged(article(1, Kind.NEAR_DUPLICATE, -1), new IngestClient.Outcome("b", "near_duplicate", "a"), 200);
        ledger.acknowledged(article(2, Kind.STORY, -1), new IngestClient.Outcome("c", "exact_duplicate", "a"), 300);
        assertEquals(2, ledger.awaitingEnrichment());
        assertEquals(OptionalLong.of(100), ledger.enriched("a", 150));
        assertEquals(OptionalLong.of(200), ledger.enriched("a", 250));
        assertEquals(0, ledger.awaitingEnrichment());
        assertEquals(1L, ledger.verdicts().get("exact_duplicate"));
    }

    @Test
    void anArticleEnrichedBeforeItsAcknowledgementReachedTheDriverIsNotAwaitedForever() {
        AckLedger ledger = new AckLedger();
        assertEquals(OptionalLong.empty(), ledger.enriched("fast", 90));
        assertTrue(ledger.acknowledged(article(0, Kind.STORY, -1), new IngestClient.Outcome("fast", "new", null), 100));
        assertEquals(0, ledger.awaitingEnrichment());
        assertFalse(ledger.acknowledged(article(1, Kind.STORY, -1),
                new IngestClient.Outcome("slow", "new", null), 100));
        assertEquals(1, ledger.awaitingEnrichment());

        ledger.enriched("someone else's", 1_000);
        ledger.enriched("again", 61_000_000_000L);
        assertFalse(ledger.acknowledged(article(2, Kind.STORY, -1),
                new IngestClient.Outcome("someone else's", "new", null), 61_000_000_100L),
                "an enriched record is kept for a minute, not for ever");
    }

    @Test
    void anAlertsLatencyRunsFromItsLastRunArticleAndMarksItsSpike() {
        AckLedger ledger = new AckLedger();
        for (int i = 0; i < 3; i++) {
            ledger.acknowledged(article(i, Kind.SPIKE, 4), new IngestClient.Outcome("s" + i, "new", null), 1000 + i);
        }
        assertEquals(OptionalLong.of(1002), ledger.latestAck(List.of("s2", "s0", "s1", "before-the-run")));
        assertTrue(ledger.latestAck(List.of("before-the-run")).isEmpty());
        assertEquals(1, ledger.spikesDue(3));
        assertEquals(0, ledger.spikesAlerted());
        ledger.alerted(List.of("s2", "s1", "s0"), 5000);
        assertEquals(1, ledger.spikesAlerted());
        assertEquals(1, ledger.spikesPosted());
    }
}
