package io.raqib.ingest.dedup;

import java.time.Duration;

/**
 * How much the duplicate index remembers and how alike two texts must be to count as one story.
 *
 * @param horizon              articles older than this, measured back from the newest article time seen, are
 *                             forgotten: a story republished after two days is news again
 * @param maxEntries           hard bound on remembered articles; the oldest go first
 * @param jaccardThreshold     estimated Jaccard similarity of 3-word shingles at or above which a text is a near
 *                             duplicate
 * @param containmentThreshold estimated share of the shorter text's shingles found in the longer at or above which
 *                             a text is a near duplicate (a trimmed copy); above 1 turns the rule off
 * @param minShinglesForContainment the shorter text must have at least this many shingles for the containment rule,
 *                             so a one-line flash is not "contained" in every long report that quotes it
 * @param lshBands             LSH bands; with {@code lshRows} they set which similarities become candidates
 * @param lshRows              sketch values per band
 */
public record DedupConfig(Duration horizon, int maxEntries, double jaccardThreshold, double containmentThreshold,
        int minShinglesForContainment, int lshBands, int lshRows) {

    public DedupConfig {
        if (horizon == null || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        if (!(jaccardThreshold > 0 && jaccardThreshold <= 1)) {
            throw new IllegalArgumentException("jaccardThreshold must be in (0, 1]: " + jaccardThreshold);
        }
        if (!(containmentThreshold > 0)) {
            throw new IllegalArgumentException("containmentThreshold must be positive: " + containmentThreshold);
        }
        new LshBands(lshBands, lshRows); // validates the shape
    }

    /**
     * 48 hours, 50,000 articles, Jaccard ≥ 0.4 or containment ≥ 0.7 (of at least 40 shingles), LSH 40 bands of
     * 3 rows: a pair becomes a candidate with probability 0.93 at J = 0.4, 0.995 at 0.5, 0.28 at 0.2, 0.005 at 0.05.
     *
     * <p>Why 0.4 and not 0.7: republished copies share less than one expects. On the evaluation corpus
     * ({@code DedupEvaluation}) copies of one story with a rewritten lede, a paragraph cut and a background sentence
     * added share only half their 3-word shingles (estimated J 0.50 at the least, median 0.67), while different
     * stories on the same topic and place, one repeating another's background paragraph verbatim, share at most
     * 0.20. At 0.7 a third of the same-story pairs were missed; 0.4 keeps the margin on both sides.
     */
    public static DedupConfig defaults() {
        return new DedupConfig(Duration.ofHours(48), 50_000, 0.4, 0.7, 40, 40, 3);
    }

    public DedupConfig withHorizon(Duration newHorizon) {
        return new DedupConfig(newHorizon, maxEntries, jaccardThreshold, containmentThreshold,
                minShinglesForContainment, lshBands, lshRows);
    }

    public DedupConfig withMaxEntries(int newMaxEntries) {
        return new DedupConfig(horizon, newMaxEntries, jaccardThreshold, containmentThreshold,
                minShinglesForContainment, lshBands, lshRows);
    }

    public DedupConfig withJaccardThreshold(double newThreshold) {
        return new DedupConfig(horizon, maxEntries, newThreshold, containmentThreshold, minShinglesForContainment,
                lshBands, lshRows);
    }

    public DedupConfig withContainmentThreshold(double newThreshold) {
        return new DedupConfig(horizon, maxEntries, jaccardThreshold, newThreshold, minShinglesForContainment,
                lshBands, lshRows);
    }
}
