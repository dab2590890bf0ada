package io.raqib.nlp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.extract.TopicModel;

/**
 * {@code train-topics}: fits the topic model to the topics the extractor finds in a gold split's articles, labelled by
 * whether the gold names them, and says how well it does on articles it was not fitted to (10-fold cross-validation
 * over articles) beside the model in service. A gold topic with no evidence at all counts as missed by both.
 */
final class TopicTraining {

    /** The probability from which a topic is reported: the F1-best on dev, for a desk that wants both. */
    static final double THRESHOLD = 0.45;
    private static final int FOLDS = 10;

    /** One topic with evidence in one article. */
    private record Example(String article, String topic, double[] features, boolean news) {
    }

    private TopicTraining() {
    }

    static int run(Extractor extractor, List<String> args, PrintStream out, PrintStream err, String usage)
            throws IOException {
        String gold = null;
        String split = "dev";
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--split") && i + 1 < args.size()) {
                split = args.get(++i);
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                target = Path.of(args.get(++i));
            } else if (arg.startsWith("--") || gold != null) {
                err.println(usage);
                return 2;
            } else {
                gold = arg;
            }
        }
        if (gold == null) {
            err.println(usage);
            return 2;
        }
        Examples read = examples(extractor, Path.of(gold), split);
        List<Example> examples = read.examples();
        List<String> articles = read.articles();
        int unfound = read.unfound();
        if (articles.isEmpty()) {
            err.println("no articles of split " + split + " in " + gold);
            return 1;
        }
        out.printf(Locale.ROOT, "split %s: %d articles, %d topics with evidence (%d news), %d gold topics with none%n",
                split, articles.size(), examples.size(), examples.stream().filter(Example::news).count(), unfound);
        out.println("topics, " + FOLDS + "-fold cross-validated   precision  recall      f1");
        out.println(score("fitted model", crossValidated(examples, articles), examples, unfound));
        out.println(score("model in service", inService(extractor, examples), examples, unfound));
        if (target != null) {
            TopicModel model = fit(examples);
            List<String> lines = new ArrayList<>();
            lines.add("# Topic model: fitted by ./raqib train-topics " + gold + " --split " + split + " ("
                    + articles.size() + " articles, " + examples.size() + " topics with evidence).");
            lines.add("# Columns: name, value. Weights apply to the raw features of TopicFeatures.");
            lines.addAll(model.lines());
            Files.write(target, lines, StandardCharsets.UTF_8);
            out.println("wrote " + target);
        }
        return 0;
    }

    /** The topics with evidence in a split's articles, the articles, and the gold topics with none (missed anyway). */
    private record Examples(List<Example> examples, List<String> articles, int unfound) {
    }

    private static Examples examples(Extractor extractor, Path gold, String split) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        int unfound = 0;
        for (JsonNode article : GoldFile.articles(gold, split)) {
            String id = article.path("id").asText();
            articles.add(id);
            Set<String> news = new HashSet<>();
            article.path("topics").forEach(topic -> news.add(topic.asText()));
            ArticleInput input = ArticleInput.of(article, "text");
            Map<String, double[]> found = extractor.topicFeatures(input.title(), input.text(), input.year());
            found.forEach((topic, features) -> examples.add(new Example(id, topic, features, news.contains(topic))));
            unfound += (int) news.stream().filter(topic -> !found.containsKey(topic)).count();
        }
        return new Examples(examples, articles, unfound);
    }

    /** The model {@code train-topics} would write for this gold file and split. */
    static TopicModel fitted(Extractor extractor, Path gold, String split) throws IOException {
        return fit(examples(extractor, gold, split).examples());
    }

    private static TopicModel fit(List<Example> examples) {
        return TopicModel.fit(examples.stream().map(Example::topic).toList(),
                examples.stream().map(Example::features).toList(), examples.stream().map(Example::news).toList(),
                THRESHOLD);
    }

    /** Each example judged by a model fitted to the other folds' articles; folds are a seeded shuffle of articles. */
    private static boolean[] crossValidated(List<Example> examples, List<String> articles) {
        List<String> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(7));
        Map<String, Integer> fold = new java.util.HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            fold.put(shuffled.get(i), i % FOLDS);
        }
        boolean[] accepted = new boolean[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            TopicModel model = fit(examples.stream().filter(e -> fold.get(e.article()) != held).toList());
            for (int i = 0; i < examples.size(); i++) {
                if (fold.get(examples.get(i).article()) == held) {
                    accepted[i] = model.accepts(model.probability(examples.get(i).topic(), examples.get(i).features()));
                }
            }
        }
        return accepted;
    }

    private static boolean[] inService(Extractor extractor, List<Example> examples) {
        boolean[] accepted = new boolean[examples.size()];
        for (int i = 0; i < accepted.length; i++) {
            Example example = examples.get(i);
            accepted[i] = extractor.topicModel().accepts(extractor.topicModel().probability(example.topic(),
                    example.features()));
        }
        return accepted;
    }

    private static String score(String name, boolean[] accepted, List<Example> examples, int unfound) {
        Score score = new Score();
        for (int i = 0; i < accepted.length; i++) {
            boolean news = examples.get(i).news();
            score.truePositives += accepted[i] && news ? 1 : 0;
            score.falsePositives += accepted[i] && !news ? 1 : 0;
            score.falseNegatives += !accepted[i] && news ? 1 : 0;
        }
        score.falseNegatives += unfound;
        return String.format(Locale.ROOT, "%-36s %9.3f %7.3f %7.3f", name, score.precision(), score.recall(),
                score.f1());
    }
}
