package io.raqib.alert.detect;

/** The arithmetic of exponentially weighted averages, stated once in terms of half-lives. */
final class Ewma {

    private Ewma() {
    }

    /** The weight of the newest observation so that an observation {@code halfLife} updates old weighs half. */
    static double weight(double halfLife) {
        return 1 - Math.pow(0.5, 1 / halfLife);
    }

    /** How many independent observations an EWMA of this half-life is worth: (2 - w) / w. */
    static double effectiveSize(double halfLife) {
        double w = weight(halfLife);
        return (2 - w) / w;
    }

    /** What is left of an average after {@code updates} zero-weight decays: (1 - w)^updates. */
    static double decay(double halfLife, long updates) {
        return Math.pow(0.5, updates / halfLife);
    }
}
