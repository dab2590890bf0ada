package io.raqib.bench;

import java.util.SplittableRandom;

/**
 * Article body sizes in bytes of UTF-8: log-normal, as news lengths are (many short reports, a tail of long ones),
 * with a median of about 3 KB, drawn again until inside [{@link #MIN}, {@link #MAX}]. The generator writes at least
 * the size drawn and at most a sentence more, so bodies stay between 1 and 8 KB.
 */
public final class SizeDistribution {

    public static final int MIN = 1024;
    /** 8 KB less the longest sentence, so that a body never passes 8 KB. */
    public static final int MAX = 8192 - 400;
    static final double MEDIAN = 3072;
    static final double SIGMA = 0.5;

    private final SplittableRandom random;

    public SizeDistribution(SplittableRandom random) {
        this.random = random;
    }

    public int next() {
        while (true) {
            double size = MEDIAN * Math.exp(SIGMA * gaussian());
            if (size >= MIN && size <= MAX) {
                return (int) size;
            }
        }
    }

    /** Box–Muller on the seeded source (SplittableRandom has no nextGaussian on Java 17). */
    private double gaussian() {
        double u = 1 - random.nextDouble(); // (0, 1]: no log of zero
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
