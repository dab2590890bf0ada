package io.raqib.alert.figures;

import java.util.List;

/** A reported figure as the range of values it allows, to tell whether two sources disagree. */
record Estimate(double low, double high) {

    /** A hedged figure (نحو، حوالي) is taken to within 10% either way: "about 10,000" does not contradict 9,500. */
    static final double HEDGE = 0.10;

    static Estimate of(FigureReport report) {
        double low = report.low() != null ? report.low() : 0; // "up to N"
        double high = report.high() != null ? report.high() : Double.POSITIVE_INFINITY; // "more than N"
        if (report.approximate()) {
            low *= 1 - HEDGE;
            high *= 1 + HEDGE;
        }
        return new Estimate(low, high);
    }

    boolean contradicts(Estimate other) {
        return high < other.low || other.high < low;
    }

    /** Whether any two of these reports leave no value both could be right about. */
    static boolean anyContradiction(List<FigureReport> reports) {
        List<Estimate> estimates = reports.stream().map(Estimate::of).toList();
        for (int i = 0; i < estimates.size(); i++) {
            for (int j = i + 1; j < estimates.size(); j++) {
                if (estimates.get(i).contradicts(estimates.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
