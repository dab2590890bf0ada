package io.raqib.ingest.dedup;

/**
 * When a remembered text is a near duplicate of a new one ({@link DedupConfig}'s Jaccard and containment thresholds),
 * and how many of their {@value MinHash#SIZE} sketch values must agree at the least for that: a lookup rules out a
 * candidate that cannot get there before it compares the two texts in full.
 */
final class NearDuplicateRule {

    private final DedupConfig config;
    /** The least agreeing values whose Jaccard estimate reaches the threshold: exact, as {@link #holds} reckons. */
    private final int leastAgreeingByJaccard;

    NearDuplicateRule(DedupConfig config) {
        this.config = config;
        int least = 0;
        while (least < MinHash.SIZE && least / (double) MinHash.SIZE < config.jaccardThreshold()) {
            least++;
        }
        this.leastAgreeingByJaccard = least;
    }

    /** Estimated Jaccard at the threshold, or a trimmed copy: the shorter's shingles mostly in the longer. */
    boolean holds(TextFingerprint a, TextFingerprint b, double jaccard) {
        if (jaccard >= config.jaccardThreshold()) {
            return true;
        }
        return Math.min(a.shingleCount(), b.shingleCount()) >= config.minShinglesForContainment()
                && a.containment(b) >= config.containmentThreshold();
    }

    /**
     * At most the least number of agreeing sketch values at which texts of these shingle counts can be near
     * duplicates ({@link #holds}); fewer, and they are not. Jaccard estimates are counts of 128ths, so the Jaccard
     * rule's least count is exact. Containment estimated from Jaccard J is J (m + M) / ((1 + J) m) for m and M
     * shingles, so containment ≥ c exactly when J ≥ c m / (m + M − c m); one value less than that leaves room for
     * the rounding of {@link TextFingerprint#containment}.
     */
    int leastAgreeing(int shinglesA, int shinglesB) {
        int fewer = Math.min(shinglesA, shinglesB);
        double c = config.containmentThreshold();
        if (fewer < config.minShinglesForContainment() || c > 1) { // containment is at most 1: above, no rule
            return leastAgreeingByJaccard;
        }
        double more = Math.max(shinglesA, shinglesB);
        int byContainment = (int) (MinHash.SIZE * c * fewer / (fewer + more - c * fewer)) - 1;
        return Math.max(0, Math.min(leastAgreeingByJaccard, byContainment));
    }
}
