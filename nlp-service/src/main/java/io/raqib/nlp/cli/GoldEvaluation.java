package io.raqib.nlp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.nlp.extract.Extraction;
import io.raqib.nlp.extract.Extractor;
import io.raqib.nlp.extract.FoldedText;
import io.raqib.schemas.Entity;
import io.raqib.schemas.Figure;
import io.raqib.schemas.TopicMatch;

/**
 * Scores the extractor against a gold file: one JSON object per line with {@code id}, {@code split},
 * {@code text}, and the expected {@code entities} (type, canonical), {@code figures} (category, low, high …)
 * and {@code topics} (ids). Entities and topics are compared as sets per article; a figure matches a gold figure
 * of the same category with the same low and high (null for an open end). Restricted to one split, the other
 * articles are not even run, so their errors cannot be seen by accident.
 */
final class GoldEvaluation {

    private static final List<String> KINDS = List.of("entities", "figures", "topics");
    /** Resamples for the confidence interval: enough for stable 2.5th and 97.5th percentiles. */
    private static final int RESAMPLES = 2000;

    private final Map<String, Map<String, Score>> bySplit = new TreeMap<>();
    /** Per split, each article's own scores per kind, for resampling articles. */
    private final Map<String, List<Map<String, Score>>> articleScores = new TreeMap<>();
    private Map<String, Score> current;
    private final List<String> errors = new ArrayList<>();
    private int articles;

    static GoldEvaluation run(Extractor extractor, Path gold) throws IOException {
        return run(extractor, gold, null);
    }

    /** @param onlySplit the split to score (dev, test …), or null for all of them */
    static GoldEvaluation run(Extractor extractor, Path gold, String onlySplit) throws IOException {
        GoldEvaluation evaluation = new GoldEvaluation();
        for (JsonNode article : GoldFile.articles(gold, onlySplit)) {
            ArticleInput input = ArticleInput.of(article, "text");
            evaluation.score(article, extractor.extract(input.title(), input.text(), input.year()));
        }
        return evaluation;
    }

    private void score(JsonNode gold, Extraction found) {
        String id = gold.path("id").asText();
        String split = GoldFile.splitOf(gold);
        articles++;
        current = new HashMap<>();
        articleScores.computeIfAbsent(split, k -> new ArrayList<>()).add(current);
        Set<String> goldEntities = new HashSet<>();
        gold.path("entities").forEach(e -> goldEntities.add(entityKey(e.path("type").asText(), e.path("canonical").asText())));
        Set<String> foundEntities = new HashSet<>();
        for (Entity e : found.entities()) {
            foundEntities.add(entityKey(e.getType().name(), e.getCanonical()));
        }
        compareSets(split, id, "entities", goldEntities, foundEntities);

        Set<String> goldTopics = new HashSet<>();
        gold.path("topics").forEach(t -> goldTopics.add(t.asText()));
        Set<String> foundTopics = new HashSet<>();
        found.topics().stream().map(TopicMatch::getId).forEach(foundTopics::add);
        compareSets(split, id, "topics", goldTopics, foundTopics);

        List<JsonNode> goldFigures = new ArrayList<>();
        gold.path("figures").forEach(goldFigures::add);
        List<Figure> unmatched = new ArrayList<>(found.figures());
        for (JsonNode expected : goldFigures) {
            String category = expected.path("category").asText();
            Figure match = unmatched.stream().filter(f -> f.getCategory().name().equals(category)
                    && same(expected.path("low"), f.getLow()) && same(expected.path("high"), f.getHigh()))
                    .findFirst().orElse(null);
            if (match != null) {
                unmatched.remove(match);
                count(split, "figures", category, 1, 0, 0);
            } else {
                count(split, "figures", category, 0, 0, 1);
                errors.add(id + " figures missed: " + expected.path("text").asText() + " " + category + " "
                        + expected.path("low") + "-" + expected.path("high"));
            }
        }
        for (Figure extra : unmatched) {
            count(split, "figures", extra.getCategory().name(), 0, 1, 0);
            errors.add(id + " figures extra: " + extra.getText() + " " + extra.getCategory() + " " + extra.getLow()
                    + "-" + extra.getHigh());
        }
    }

    /** How many articles were scored: none for a misspelt split, which must not pass for a result. */
    int articles() {
        return articles;
    }

    private void compareSets(String split, String id, String kind, Set<String> gold, Set<String> found) {
        for (String key : gold) {
            boolean hit = found.contains(key);
            count(split, kind, category(key), hit ? 1 : 0, 0, hit ? 0 : 1);
            if (!hit) {
                errors.add(id + " " + kind + " missed: " + key);
            }
        }
        for (String key : found) {
            if (!gold.contains(key)) {
                count(split, kind, category(key), 0, 1, 0);
                errors.add(id + " " + kind + " extra: " + key);
            }
        }
    }

    private void count(String split, String kind, String category, int tp, int fp, int fn) {
        Score own = current.computeIfAbsent(kind, k -> new Score());
        own.truePositives += tp;
        own.falsePositives += fp;
        own.falseNegatives += fn;
        for (String key : List.of(kind, kind + "/" + category)) {
            Score score = bySplit.computeIfAbsent(split, s -> new TreeMap<>()).computeIfAbsent(key, k -> new Score());
            score.truePositives += tp;
            score.falsePositives += fp;
            score.falseNegatives += fn;
        }
    }

    private static String entityKey(String type, String canonical) {
        // People are named as written: compare them folded, so أسامة and اسامه are one person.
        return type + ":" + (type.equals("PERSON") ? FoldedText.fold(canonical) : canonical);
    }

    private static String category(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    private static boolean same(JsonNode expected, Double found) {
        if (expected.isMissingNode() || expected.isNull()) {
            return found == null;
        }
        return found != null && Math.abs(expected.asDouble() - found) <= 1e-6 * Math.max(1, Math.abs(found));
    }

    Score score(String split, String key) {
        return bySplit.getOrDefault(split, Map.of()).getOrDefault(key, new Score());
    }

    /**
     * The 95 % interval of a split's F1 for one kind, by the percentile bootstrap over its articles: how far the
     * figure could move with another sample of articles like these. Seeded, so a run prints the same interval.
     */
    double[] f1Interval(String split, String kind) {
        List<Map<String, Score>> articles = articleScores.getOrDefault(split, List.of());
        if (articles.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Random random = new Random(20261206L);
        double[] f1 = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            Score sample = new Score();
            for (int i = 0; i < articles.size(); i++) {
                Score own = articles.get(random.nextInt(articles.size())).get(kind);
                if (own != null) {
                    sample.add(own);
                }
            }
            f1[b] = sample.f1();
        }
        Arrays.sort(f1);
        return new double[] {f1[(int) (0.025 * RESAMPLES)], f1[(int) Math.ceil(0.975 * RESAMPLES) - 1]};
    }

    void print(PrintStream out, boolean withErrors) {
        for (var split : bySplit.entrySet()) {
            out.println("split " + split.getKey() + " (" + articleScores.get(split.getKey()).size() + " articles)");
            out.println(Score.header() + "   f1 95% interval (bootstrap over articles)");
            for (String kind : KINDS) {
                double[] interval = f1Interval(split.getKey(), kind);
                out.println(split.getValue().getOrDefault(kind, new Score()).row(kind)
                        + String.format(Locale.ROOT, "   %.3f-%.3f", interval[0], interval[1]));
                split.getValue().forEach((key, score) -> {
                    if (key.startsWith(kind + "/")) {
                        out.println(score.row("  " + key.substring(kind.length() + 1)));
                    }
                });
            }
            out.println();
        }
        if (withErrors) {
            errors.stream().filter(Objects::nonNull).forEach(out::println);
        }
    }
}
