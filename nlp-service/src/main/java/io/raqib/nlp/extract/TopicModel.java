package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a topic found in an article is the article's news: a logistic model over {@link TopicFeatures}, learned
 * from the gold set's dev articles ({@code ./raqib train-topics}), since no hand-set threshold on the evidence tells
 * a story's news from the background it recalls (docs/extraction.md). Its probability is the topic's score.
 * <p>
 * The file, tab-separated: {@code threshold P}, {@code bias B}, then one {@code feature weight} line per feature of
 * {@link TopicFeatures#NAMES}; weights apply to the raw features. Lines starting with # are comments.
 */
public final class TopicModel {

    private final double threshold;
    private final double bias;
    private final double[] weights;

    TopicModel(double threshold, double bias, double[] weights) {
        this.threshold = threshold;
        this.bias = bias;
        this.weights = weights;
    }

    public static TopicModel parse(List<String> lines) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String[] row : Resources.rows(lines, 2, 2)) {
            try {
                values.put(row[0], Double.parseDouble(row[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("topic model: " + row[0] + " has no number: " + row[1], e);
            }
        }
        List<String> missing = new ArrayList<>();
        double[] weights = new double[TopicFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double weight = values.remove(TopicFeatures.NAMES.get(i));
            if (weight == null) {
                missing.add(TopicFeatures.NAMES.get(i));
            } else {
                weights[i] = weight;
            }
        }
        Double threshold = values.remove("threshold");
        Double bias = values.remove("bias");
        if (threshold == null || bias == null || !missing.isEmpty() || !values.isEmpty()) {
            throw new IllegalArgumentException("topic model: needs threshold, bias and " + TopicFeatures.NAMES
                    + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (values.isEmpty() ? "" : "; unknown " + values.keySet()));
        }
        return new TopicModel(threshold, bias, weights);
    }

    public static TopicModel bundled() {
        return parse(Extractor.bundledLines("topic-model.tsv"));
    }

    /** The probability that a topic with these features is the article's news. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    /**
     * Fits the model to topics found in articles ({@code features}) and whether their gold names them
     * ({@code news}): logistic regression by gradient descent on standardised features, with an L2 penalty that
     * keeps a few hundred examples from over-fitting, deterministic for the same input.
     */
    public static TopicModel fit(List<double[]> features, List<Boolean> news, double threshold) {
        int n = features.size();
        int k = TopicFeatures.NAMES.size();
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] x : features) {
            for (int j = 0; j < k; j++) {
                mean[j] += x[j] / n;
            }
        }
        for (double[] x : features) {
            for (int j = 0; j < k; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[] w = new double[k + 1]; // the last is the bias
        double[] gradient = new double[k + 1];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double[] x = features.get(i);
                double z = w[k];
                for (int j = 0; j < k; j++) {
                    z += w[j] * (x[j] - mean[j]) / sd[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (news.get(i) ? 1 : 0);
                for (int j = 0; j < k; j++) {
                    gradient[j] += error * (x[j] - mean[j]) / sd[j];
                }
                gradient[k] += error;
            }
            for (int j = 0; j <= k; j++) {
                double penalty = j < k ? L2 * w[j] : 0;
                w[j] -= RATE * (gradient[j] + penalty) / n;
            }
        }
        double[] weights = new double[k];
        double bias = w[k];
        for (int j = 0; j < k; j++) {
            weights[j] = w[j] / sd[j];
            bias -= w[j] * mean[j] / sd[j];
        }
        return new TopicModel(threshold, bias, weights);
    }

    private static final int STEPS = 3000;
    private static final double RATE = 0.5;
    private static final double L2 = 10;

    /** The model as its file. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("threshold\t" + format(threshold));
        lines.add("bias\t" + format(bias));
        for (int i = 0; i < weights.length; i++) {
            lines.add(TopicFeatures.NAMES.get(i) + "\t" + format(weights[i]));
        }
        return lines;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
