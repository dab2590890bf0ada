package io.raqib.alert.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multiplicative seasonal profile (24 hours of the day, or 7 days of the week), learned per slot as two EWMAs:
 * the counts seen in the slot and the level the rest of the model predicted for them. The factor is their ratio.
 *
 * <p>A ratio of averages rather than an average of ratios, because a quiet series sees mostly zeros and the odd
 * single article: one article against an expected 0.1 would be a ratio of 10 and throw an average of ratios about.
 * Each factor is also shrunk towards 1 by {@link #PRIOR_ARTICLES} pseudo-articles (a Gamma prior), so a profile is
 * believed in proportion to the articles behind it: a series of 20 an hour gets its daily shape after a few days,
 * one of 0.5 an hour keeps a flatter one. Factors are normalised to average 1, so the level keeps meaning "count
 * per step".
 */
public record SeasonalProfile(List<Double> counts, List<Double> levels, List<Integer> seen) {

    /**
     * The articles' worth of belief that a slot is average; see above. Tuned with EvaluateDetector: 10 flattened the
     * daily shape of the quieter series enough to cost recall and false alarms.
     */
    static final double PRIOR_ARTICLES = 3;
    /** Visits every slot needs before the profile is used at all. */
    static final int MIN_VISITS = 2;
    /** No slot is believed to be more than this many times quieter or busier than average. */
    static final double MIN_FACTOR = 0.05;
    static final double MAX_FACTOR = 20;

    public SeasonalProfile {
        if (counts.size() != levels.size() || counts.size() != seen.size()) {
            throw new IllegalArgumentException("one count, level and visit number per slot");
        }
        counts = List.copyOf(counts);
        levels = List.copyOf(levels);
        seen = List.copyOf(seen);
    }

    public static SeasonalProfile flat(int slots) {
        return new SeasonalProfile(Collections.nCopies(slots, 0.0), Collections.nCopies(slots, 0.0),
                Collections.nCopies(slots, 0));
    }

    /**
     * One more observation of {@code slot}: {@code count} articles where the level (times the other profiles) was
     * {@code level}. {@code halfLife} is in updates of one slot.
     */
    SeasonalProfile learn(int slot, double count, double level, double halfLife) {
        int n = seen.get(slot) + 1;
        // Plain average while young, then an EWMA: no start-up bias towards the zeros the lists start with.
        double weight = Math.max(1 / (double) n, Ewma.weight(halfLife));
        List<Double> newCounts = new ArrayList<>(counts);
        List<Double> newLevels = new ArrayList<>(levels);
        List<Integer> newSeen = new ArrayList<>(seen);
        newCounts.set(slot, counts.get(slot) + weight * (count - counts.get(slot)));
        newLevels.set(slot, levels.get(slot) + weight * (level - levels.get(slot)));
        newSeen.set(slot, n);
        return new SeasonalProfile(newCounts, newLevels, newSeen);
    }

    /**
     * The factor of {@code slot}, 1 until every slot has had {@code minUpdates} updates. {@code halfLife} is the
     * one the profile learns with: it says how many past observations still carry weight.
     */
    double factor(int slot, double halfLife, int minUpdates) {
        for (int n : seen) {
            if (n < minUpdates) {
                return 1;
            }
        }
        double sum = 0;
        for (int s = 0; s < counts.size(); s++) {
            sum += raw(s, halfLife);
        }
        double factor = raw(slot, halfLife) * counts.size() / sum;
        return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
    }

    private double raw(int slot, double halfLife) {
        double remembered = Math.min(seen.get(slot), Ewma.effectiveSize(halfLife));
        return (remembered * counts.get(slot) + PRIOR_ARTICLES) / (remembered * levels.get(slot) + PRIOR_ARTICLES);
    }
}
