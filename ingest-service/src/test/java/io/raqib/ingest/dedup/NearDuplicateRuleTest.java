package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearDuplicateRuleTest {

    private static final int[] SHINGLE_COUNTS = {1, 2, 3, 10, 39, 40, 41, 57, 100, 128, 255, 300, 301, 999, 1000,
        4000, 12_345, 100_000};

    /**
     * The bound a lookup rules candidates out by is never above a count of agreeing sketch values at which the rule
     * holds, and at most two below the least such count: it never turns a near duplicate away, and it turns away
     * nearly everything that is none.
     */
    @ParameterizedTest(name = "Jaccard {0}, containment {1} of {2}")
    @CsvSource({"0.4, 0.7, 40", "0.25, 0.5, 40", "0.6, 1.0, 10", "1.0, 0.9, 1", "0.01, 0.05, 1", "0.7, 2.0, 40",
        "0.3, 0.7, 100000", "0.5, 0.3333, 3"})
    void leastAgreeingIsALowerBoundOfWhereTheRuleHolds(double jaccard, double containment, int minShingles) {
        DedupConfig config = DedupConfig.defaults().withJaccardThreshold(jaccard)
                .withContainmentThreshold(containment);
        config = new DedupConfig(config.horizon(), config.maxEntries(), jaccard, containment, minShingles,
                config.lshBands(), config.lshRows());
        NearDuplicateRule rule = new NearDuplicateRule(config);
        for (int countA : SHINGLE_COUNTS) {
            for (int countB : SHINGLE_COUNTS) {
                int least = MinHash.SIZE + 1; // the least count of agreeing values at which the rule holds
                for (int agreeing = MinHash.SIZE; agreeing >= 0; agreeing--) {
                    TextFingerprint a = new TextFingerprint("a", countA, sketch(MinHash.SIZE));
                    TextFingerprint b = new TextFingerprint("b", countB, sketch(agreeing));
                    if (rule.holds(a, b, a.jaccard(b))) {
                        least = agreeing;
                    }
                }
                int bound = rule.leastAgreeing(countA, countB);
                String pair = countA + " and " + countB + " shingles";
                assertTrue(bound <= least, pair + ": bound " + bound + ", least " + least);
                assertTrue(bound >= Math.min(least, MinHash.SIZE) - 2, pair + ": bound " + bound + ", least " + least);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0.4, 52", "0.25, 32", "0.3984375, 51", "1.0, 128", "0.001, 1"})
    void theJaccardRulesBoundIsExact(double jaccard, int least) {
        NearDuplicateRule rule = new NearDuplicateRule(DedupConfig.defaults().withJaccardThreshold(jaccard)
                .withContainmentThreshold(2));
        assertEquals(least, rule.leastAgreeing(500, 500));
    }

    /** The values 0 to 127 with the first {@code agreeing} kept and the rest changed. */
    private static int[] sketch(int agreeing) {
        int[] values = new int[MinHash.SIZE];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < agreeing ? i : 1000 + i;
        }
        return values;
    }
}
