package io.raqib.alert.detect;

/**
 * Upper tails of the two count distributions the detector tests against, as natural logarithms. A spike of 200
 * articles where 20 are expected has a p-value near 1e-123: in logs it stays exact instead of underflowing to zero,
 * so scores are comparable however extreme the spike.
 *
 * <p>Both tails are regularised incomplete functions: P(X >= k) for a Poisson of mean mu is the regularised lower
 * gamma P(k, mu); for a negative binomial of mean mu and variance v it is the regularised incomplete beta
 * I_{mu/(r+mu)}(k, r) with r = mu^2 / (v - mu). The small-tail branches compute the tail itself, never 1 - (the
 * rest), so precision holds where it matters: deep in the tail.
 */
public final class Tails {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7 };

    private Tails() {
    }

    /** ln P(X >= k) for X ~ Poisson(mean). */
    public static double logPoissonUpper(long k, double mean) {
        if (k <= 0) {
            return 0;
        }
        if (mean <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return logRegularizedLowerGamma(k, mean);
    }

    /**
     * ln P(X >= k) for a negative binomial with the given mean and variance; variance &lt;= mean has no
     * overdispersion to model and falls back to the Poisson tail.
     */
    public static double logNegativeBinomialUpper(long k, double mean, double variance) {
        if (k <= 0) {
            return 0;
        }
        if (mean <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (variance <= mean) {
            return logPoissonUpper(k, mean);
        }
        double r = mean * mean / (variance - mean);
        // P(X >= k) = I_{1-p}(k, r) with success probability p = r / (r + mean).
        return logRegularizedBeta(mean / (r + mean), k, r);
    }

    public static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection keeps the approximation in its accurate range.
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** ln P(a, x), the regularised lower incomplete gamma. */
    static double logRegularizedLowerGamma(double a, double x) {
        double front = -x + a * Math.log(x) - logGamma(a);
        if (x < a + 1) {
            // Series: converges fast here and yields the (small) lower tail directly.
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                    break;
                }
            }
            return front + Math.log(sum);
        }
        // Continued fraction for the upper part Q; P = 1 - Q is not small here, so the subtraction is safe.
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            double an = -n * (n - a);
            b += 2;
            d = an * d + b;
            d = awayFromZero(d);
            c = b + an / c;
            c = awayFromZero(c);
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.log1p(-Math.exp(front + Math.log(h)));
    }

    /** ln I_x(a, b), the regularised incomplete beta. */
    static double logRegularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= 1) {
            return 0;
        }
        double front = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return front + Math.log(betaContinuedFraction(a, b, x) / a);
        }
        return Math.log1p(-Math.exp(front + Math.log(betaContinuedFraction(b, a, 1 - x) / b)));
    }

    /** Lentz's evaluation of the continued fraction for I_x(a, b). */
    private static double betaContinuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = awayFromZero(d);
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = awayFromZero(d);
            c = 1 + aa / c;
            c = awayFromZero(c);
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = awayFromZero(d);
            c = 1 + aa / c;
            c = awayFromZero(c);
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    /** Lentz's guard: a term that would divide by (almost) zero is nudged to TINY instead. */
    private static double awayFromZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
