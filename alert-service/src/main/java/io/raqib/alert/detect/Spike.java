package io.raqib.alert.detect;

/**
 * How surprising one window's count is against its baseline: the p-value P(X >= effective | expected, variance)
 * and the score -log10(p), capped at {@link #SCORE_CAP}.
 *
 * <p>X is Poisson with the expected count as mean, or negative binomial with the learned variance when that is
 * more than {@link #OVERDISPERSION} times the mean: a bursty series has fatter tails, and a Poisson test would
 * call its ordinary bursts alerts.
 *
 * <p>Independent outlets: a surge carried by one outlet (a live blog, a feed re-posting itself) is weaker evidence
 * than the same count from many. The surplus above expected is counted in full from {@code corroboration} outlets
 * on, and in proportion below: effective = expected + (observed - expected) x sources / corroboration, rounded.
 * With the default of 3, one outlet counts a third of its surplus and two outlets two thirds.
 *
 * @param observed  articles in the window
 * @param effective the count tested, after the independent-sources discount
 * @param expected  what the baseline expected
 * @param variance  the variance the baseline allows around it
 * @param pValue    P(X >= effective); may underflow to 0 where the score does not
 * @param score     -log10(pValue), at most {@link #SCORE_CAP}
 */
public record Spike(long observed, long effective, double expected, double variance, double pValue, double score) {

    /** Beyond 1e-50 every spike is equally certain; a cap keeps scores comparable and printable. */
    public static final double SCORE_CAP = 50;
    /** Below 5% excess variance, the negative binomial is a Poisson in all but cost. */
    static final double OVERDISPERSION = 1.05;

    public static Spike test(long observed, int independentSources, double expected, double variance,
            DetectorConfig config) {
        long effective = effective(observed, independentSources, expected, config.corroboration());
        double logP = variance > OVERDISPERSION * expected
                ? Tails.logNegativeBinomialUpper(effective, expected, variance)
                : Tails.logPoissonUpper(effective, expected);
        double score = Math.min(SCORE_CAP, Math.max(0, -logP / Math.log(10)));
        return new Spike(observed, effective, expected, variance, Math.exp(logP), score);
    }

    static long effective(long observed, int independentSources, double expected, int corroboration) {
        if (observed <= expected || independentSources >= corroboration) {
            return observed;
        }
        // An article always has an outlet: no sources reported means one.
        double weight = Math.max(1, independentSources) / (double) corroboration;
        return Math.round(expected + (observed - expected) * weight);
    }

    /** Enough articles, and improbable enough. */
    public boolean fires(DetectorConfig config) {
        return observed >= config.minCount() && score >= config.firingScore();
    }

    /** Back below the hysteresis level: too few articles to fire, or a score under its fraction of the firing one. */
    public boolean quiet(DetectorConfig config) {
        return observed < config.minCount() || score < config.hysteresis() * config.firingScore();
    }
}
