package io.raqib.nlp.cli;

/** True positives, false positives and false negatives, and what follows from them. */
final class Score {

    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Score other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    String row(String label) {
        return String.format("%-34s %9.3f %7.3f %7.3f %5d %5d %5d", label, precision(), recall(), f1(), truePositives,
                falsePositives, falseNegatives);
    }

    static String header() {
        return String.format("%-34s %9s %7s %7s %5s %5s %5s", "", "precision", "recall", "f1", "tp", "fp", "fn");
    }
}
