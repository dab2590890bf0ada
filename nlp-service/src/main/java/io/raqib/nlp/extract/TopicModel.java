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
 * {@link TopicFeatures#NAMES}; weights apply to the raw features. Then, optionally, {@code topic:ID bias} lines: how
 * much more (or less) readily the gold tags one topic than the others (detention, which any arrest reported makes
 * news, more readily than troop_deployment). A topic without one, such as a topic analysts add to the taxonomy,
 * gets none. Lines starting with # are comments.
 */
public final class TopicModel {

    private static final String TOPIC = "topic:";

    private final double threshold;
    private final double bias;
    private final double[] weights;
    private final Map<String, Double> topicBias;

    TopicModel(double threshold, double bias, double[] weights, Map<String, Double> topicBias) {
        this.threshold = threshold;
        this.bias = bias;
        this.weights = weights;
        this.topicBias = topicBias;
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
        Map<String, Double> topicBias = new LinkedHashMap<>();
        for (var value : List.copyOf(values.entrySet())) {
            if (value.getKey().startsWith(TOPIC)) {
                topicBias.put(value.getKey().substring(TOPIC.length()), value.getValue());
                values.remove(value.getKey());
            }
        }
        if (threshold == null || bias == null || !missing.isEmpty() || !values.isEmpty()) {
            throw new IllegalArgumentException("topic model: needs threshold, bias and " + TopicFeatures.NAMES
                    + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (values.isEmpty() ? "" : "; unknown " + values.keySet()));
        }
        return new TopicModel(threshold, bias, weights, topicBias);
    }

    public static TopicModel bundled() {
        return parse(Extractor.bundledLines("topic-model.tsv"));
    }

    /** The probability that a topic with these features is the article's news. */
    public double probability(String topic, double[] features) {
        double z = bias + topicBias.getOrDefault(topic, 0.0);
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
     * keeps a few hundred examples from over-fitting (and a topic's own bias near the others' unless its examples
     * say otherwise), deterministic for the same input.
     */
    public static TopicModel fit(List<String> topics, List<double[]> features, List<Boolean> news, double threshold) {
        int n = features.size();
        int k = TopicFeatures.NAMES.size();
        List<String> ids = topics.stream().distinct().sorted().toList();
        int columns = k + ids.size(); // the features, then one indicator per topic
        double[][] x = new double[n][columns];
        for (int i = 0; i < n; i++) {
            System.arraycopy(features.get(i), 0, x[i], 0, k);
            x[i][k + ids.indexOf(topics.get(i))] = 1;
        }
        double[] mean = new double[columns];
        double[] sd = new double[columns];
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < columns; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
            for (double[] row : x) {
                row[j] = (row[j] - mean[j]) / sd[j];
            }
        }
        double[] w = new double[columns + 1]; // the last is the bias
        double[] gradient = new double[columns + 1];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double z = w[columns];
                for (int j = 0; j < columns; j++) {
                    z += w[j] * x[i][j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (news.get(i) ? 1 : 0);
                for (int j = 0; j < columns; j++) {
                    gradient[j] += error * x[i][j];
                }
                gradient[columns] += error;
            }
            for (int j = 0; j <= columns; j++) {
                double penalty = j < columns ? L2 * w[j] : 0;
                w[j] -= RATE * (gradient[j] + penalty) / n;
            }
        }
        // Back to the raw features: w·(x − mean)/sd + b = (w/sd)·x + (b − Σ w·mean/sd).
        double[] weights = new double[k];
        double bias = w[columns];
        for (int j = 0; j < columns; j++) {
            bias -= w[j] * mean[j] / sd[j];
        }
        for (int j = 0; j < k; j++) {
            weights[j] = w[j] / sd[j];
        }
        Map<String, Double> topicBias = new LinkedHashMap<>();
        for (int t = 0; t < ids.size(); t++) {
            topicBias.put(ids.get(t), w[k + t] / sd[k + t]);
        }
        return new TopicModel(threshold, bias, weights, topicBias);
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
        topicBias.forEach((topic, value) -> lines.add(TOPIC + topic + "\t" + format(value)));
        return lines;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
