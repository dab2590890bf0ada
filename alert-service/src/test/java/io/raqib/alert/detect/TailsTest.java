package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values from scipy.stats (poisson.sf(k - 1, mu), nbinom.sf(k - 1, r, p)) and from direct sums. */
class TailsTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance,
                () -> "expected " + expected + ", was " + actual);
    }

    @ParameterizedTest(name = "P(X >= {0} | Poisson {1}) = {2}")
    @CsvSource({
            "10, 3, 0.0011024881301154815",
            "1, 0.5, 0.3934693402873665",
            "36, 20, 0.00080365996140446",
            "100, 20, 3.488878669689553e-37",
            "4, 0.5, 0.0017516225562907994" })
    void poissonUpperTailMatchesKnownValues(long k, double mean, double p) {
        assertRelative(p, Math.exp(Tails.logPoissonUpper(k, mean)), 1e-9);
    }

    @Test
    void poissonTailStaysExactFarBeyondWhereDoublesUnderflow() {
        // P(X >= 200 | 20) ~ 4.7e-124; scipy: log10 = -123.33128785229093.
        assertEquals(-123.33128785229093, Tails.logPoissonUpper(200, 20) / Math.log(10), 1e-9);
        // P(X >= 5000 | 100): scipy's logsf gives up (-inf); the value is e^-14665.27.
        assertRelative(-14665.272, Tails.logPoissonUpper(5000, 100), 1e-6);
    }

    @Test
    void poissonTailAgreesWithADirectSumEverywhere() {
        for (double mean : new double[] { 0.01, 0.3, 1, 4.5, 12, 60 }) {
            double[] pmf = new double[(int) (6 * mean) + 60];
            pmf[0] = Math.exp(-mean);
            for (int x = 1; x < pmf.length; x++) {
                pmf[x] = pmf[x - 1] * mean / x;
            }
            for (int k = 0; k < 3 * mean + 20; k++) {
                assertRelative(upperSum(pmf, k), Math.exp(Tails.logPoissonUpper(k, mean)), 1e-9);
            }
        }
    }

    /** Summed from the small end, so the reference keeps its precision deep in the tail. */
    private static double upperSum(double[] pmf, int k) {
        double sum = 0;
        for (int x = pmf.length - 1; x >= k; x--) {
            sum += pmf[x];
        }
        return sum;
    }

    @Test
    void nothingIsSurprisingAboutZeroOrMore() {
        assertEquals(0, Tails.logPoissonUpper(0, 5));
        assertEquals(0, Tails.logNegativeBinomialUpper(0, 5, 50));
    }

    @ParameterizedTest(name = "P(X >= {0} | NB mean {1}, variance {2}) = {3}")
    @CsvSource({
            // r = 2, p = 1/2: 1 - sum_{x<10} (x + 1) / 2^(x + 2), exactly 0.005859375.
            "10, 2, 4, 0.005859375",
            "30, 10, 30, 0.003919433658214029",
            "200, 50, 75, 2.5503705256125836e-32" })
    void negativeBinomialUpperTailMatchesKnownValues(long k, double mean, double variance, double p) {
        assertRelative(p, Math.exp(Tails.logNegativeBinomialUpper(k, mean, variance)), 1e-9);
    }

    @Test
    void negativeBinomialTailAgreesWithADirectSum() {
        double mean = 6;
        double variance = 15;
        double r = mean * mean / (variance - mean);
        double p = r / (r + mean);
        double[] pmf = new double[400];
        pmf[0] = Math.pow(p, r);
        for (int x = 1; x < pmf.length; x++) {
            pmf[x] = pmf[x - 1] * (x - 1 + r) / x * (1 - p);
        }
        for (int k = 0; k < 60; k++) {
            assertRelative(upperSum(pmf, k), Math.exp(Tails.logNegativeBinomialUpper(k, mean, variance)), 1e-9);
        }
    }

    @Test
    void overdispersionFattensTheTailAndNoneFallsBackToPoisson() {
        double poisson = Tails.logPoissonUpper(25, 10);
        assertEquals(poisson, Tails.logNegativeBinomialUpper(25, 10, 10), 0);
        assertEquals(poisson, Tails.logNegativeBinomialUpper(25, 10, 7), 0);
        assertEquals(true, Tails.logNegativeBinomialUpper(25, 10, 30) > poisson + Math.log(100));
    }

    @Test
    void logGammaIsTheLogFactorial() {
        assertEquals(Math.log(362880), Tails.logGamma(10), 1e-12);
        assertEquals(0.5 * Math.log(Math.PI), Tails.logGamma(0.5), 1e-12);
    }
}
