package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The corpus-level figure: pairwise precision and recall of "same story" over shuffled arrival orders. */
class DedupEvaluationTest {

    private static final int SHUFFLES = 20;
    private final List<CorpusArticle> corpus = CorpusArticle.load();

    @Test
    void theCorpusIsWhatTheEvaluationClaims() {
        List<CorpusArticle> originals = corpus.stream().filter(a -> a.variant().equals("original")).toList();
        assertTrue(originals.size() >= 12, "at least 12 stories: " + originals.size());
        for (CorpusArticle original : originals) {
            int words = ArabicTextNormalizer.tokens(original.body()).size();
            assertTrue(words >= 120 && words <= 250, original.key() + " has " + words + " words");
            long copies = corpus.stream().filter(a -> a.storyId().equals(original.storyId())).count() - 1;
            assertTrue(copies >= 2 && copies <= 3, original.storyId() + " has " + copies + " rewrites");
        }
        assertEquals(corpus.size(), corpus.stream().map(CorpusArticle::key).distinct().count(), "unique keys");
    }

    @Test
    void precisionAndRecallOfSameStoryPairsAreAtLeast95Percent() {
        DedupEvaluation.Result total = DedupEvaluation.runMany(corpus, DedupConfig.defaults(), SHUFFLES,
                CorpusArticle::body);
        System.out.println("DedupEvaluationTest: " + total.summary());
        total.errors().stream().limit(10).forEach(e -> System.out.println("  " + e));
        assertTrue(total.precision() >= 0.95, total.summary());
        assertTrue(total.recall() >= 0.95, total.summary());
        for (int k = 0; k < SHUFFLES; k++) {
            DedupEvaluation.Result one = DedupEvaluation.run(corpus, DedupConfig.defaults(),
                    DedupEvaluation.FIRST_SEED + k, CorpusArticle::body);
            assertTrue(one.precision() >= 0.95 && one.recall() >= 0.95, "shuffle " + k + ": " + one.summary());
        }
    }
}
