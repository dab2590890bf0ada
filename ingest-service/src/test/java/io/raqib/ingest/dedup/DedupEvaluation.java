package io.raqib.ingest.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Pairwise precision and recall of the "same story" decision on the evaluation corpus: every pair of articles is
 * judged the same story when the index put them under the same original. The corpus is fed in many shuffled
 * orders, because a rewrite arriving before its original is the hard case.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes io.raqib.ingest.dedup.DedupEvaluation [shuffles]}
 * after {@code ../mvnw -o -q test-compile} in {@code ingest-service}.
 */
public final class DedupEvaluation {

    static final long FIRST_SEED = 20240501L;
    private static final Instant START = Instant.parse("2024-05-01T06:00:00Z");
    private static final Duration BETWEEN_ARTICLES = Duration.ofMinutes(7);

    /** Pair counts over one or more runs, and the pairs that went wrong (for a reader, not for the assertion). */
    record Result(long truePositives, long falsePositives, long falseNegatives, int runs, List<String> errors) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        Result plus(Result other) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(other.errors);
            return new Result(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives, runs + other.runs, all);
        }

        String summary() {
            return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (pairs: %d true, %d false, %d missed;"
                    + " %d shuffled run%s)", precision(), recall(), f1(), truePositives, falsePositives, falseNegatives,
                    runs, runs == 1 ? "" : "s");
        }
    }

    private DedupEvaluation() {
    }

    /** One pass over the corpus in the order a seeded shuffle gives. */
    static Result run(List<CorpusArticle> corpus, DedupConfig config, long seed, Function<CorpusArticle, String> text) {
        List<CorpusArticle> order = new ArrayList<>(corpus);
        Collections.shuffle(order, new Random(seed));
        DuplicateIndex index = new DuplicateIndex(config);
        Map<CorpusArticle, String> storyOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            CorpusArticle article = order.get(i);
            String id = "a" + i;
            Verdict verdict = index.observe(new IncomingArticle(id, "https://news.example/" + seed + "/" + i,
                    article.outlet(), text.apply(article), START.plus(BETWEEN_ARTICLES.multipliedBy(i))));
            storyOf.put(article, verdict.isDuplicate() ? verdict.originalId() : id);
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                CorpusArticle a = order.get(i);
                CorpusArticle b = order.get(j);
                boolean same = a.storyId().equals(b.storyId());
                boolean judgedSame = storyOf.get(a).equals(storyOf.get(b));
                if (same && judgedSame) {
                    tp++;
                } else if (judgedSame) {
                    fp++;
                    errors.add("merged   " + a.key() + "  +  " + b.key() + "  (seed " + seed + ")");
                } else if (same) {
                    fn++;
                    errors.add("split    " + a.key() + "  |  " + b.key() + "  (seed " + seed + ")");
                }
            }
        }
        return new Result(tp, fp, fn, 1, errors);
    }

    static Result runMany(List<CorpusArticle> corpus, DedupConfig config, int shuffles,
            Function<CorpusArticle, String> text) {
        Result total = new Result(0, 0, 0, 0, List.of());
        for (int k = 0; k < shuffles; k++) {
            total = total.plus(run(corpus, config, FIRST_SEED + k, text));
        }
        return total;
    }

    public static void main(String[] args) {
        int shuffles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        DedupConfig config = DedupConfig.defaults();
        List<CorpusArticle> corpus = CorpusArticle.load();
        long stories = corpus.stream().map(CorpusArticle::storyId).distinct().count();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d stories (%s)%n", corpus.size(), stories,
                CorpusArticle.RESOURCE);
        printSimilarities(corpus);

        System.out.printf(Locale.ROOT, "%ndefault config: Jaccard >= %.2f or containment >= %.2f (of >= %d shingles),"
                + " LSH %d bands x %d rows%n", config.jaccardThreshold(), config.containmentThreshold(),
                config.minShinglesForContainment(), config.lshBands(), config.lshRows());
        Result body = runMany(corpus, config, shuffles, CorpusArticle::body);
        System.out.println("  body only      : " + body.summary());
        Result titled = runMany(corpus, config, shuffles, a -> a.title() + "\n\n" + a.body());
        System.out.println("  title + body   : " + titled.summary());
        Result worst = null;
        for (int k = 0; k < shuffles; k++) {
            Result one = run(corpus, config, FIRST_SEED + k, CorpusArticle::body);
            worst = worst == null || one.f1() < worst.f1() ? one : worst;
        }
        System.out.println("  worst shuffle  : " + worst.summary());
        body.errors().stream().map(e -> e.replaceAll("  \\(seed \\d+\\)", "")).distinct().limit(20)
                .forEach(e -> System.out.println("    " + e));

        System.out.printf(Locale.ROOT, "%nthreshold sweep (body only, %d shuffles each):%n", shuffles);
        double[][] sweep = {{0.9, 1.1}, {0.8, 0.95}, {0.7, 0.9}, {0.6, 0.8}, {0.5, 0.75}, {0.45, 0.7}, {0.4, 0.7}, {0.3, 0.6},
                {0.2, 0.5}, {0.1, 0.3}};
        for (double[] thresholds : sweep) {
            Result r = runMany(corpus, config.withJaccardThreshold(thresholds[0])
                    .withContainmentThreshold(thresholds[1]), shuffles, CorpusArticle::body);
            System.out.printf(Locale.ROOT, "  J >= %.2f or C >= %s : precision %.3f  recall %.3f  F1 %.3f%n",
                    thresholds[0], thresholds[1] > 1 ? "off " : String.format(Locale.ROOT, "%.2f", thresholds[1]),
                    r.precision(), r.recall(), r.f1());
        }
    }

    /** How far apart the two classes of pairs lie: the margin the thresholds sit in. */
    private static void printSimilarities(List<CorpusArticle> corpus) {
        List<Double> sameJaccard = new ArrayList<>();
        List<Double> sameContainment = new ArrayList<>();
        List<Double> otherJaccard = new ArrayList<>();
        List<Double> otherContainment = new ArrayList<>();
        List<TextFingerprint> prints = corpus.stream().map(a -> TextFingerprint.of(a.body())).toList();
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                boolean same = corpus.get(i).storyId().equals(corpus.get(j).storyId());
                (same ? sameJaccard : otherJaccard).add(prints.get(i).jaccard(prints.get(j)));
                (same ? sameContainment : otherContainment).add(prints.get(i).containment(prints.get(j)));
            }
        }
        Collections.sort(sameJaccard);
        Collections.sort(sameContainment);
        Collections.sort(otherJaccard);
        Collections.sort(otherContainment);
        System.out.printf(Locale.ROOT, "estimated similarity of body pairs (MinHash, 3-word shingles):%n"
                + "  same story      (%4d pairs): Jaccard min %.2f median %.2f; containment min %.2f%n"
                + "  different story (%4d pairs): Jaccard max %.2f; containment max %.2f%n",
                sameJaccard.size(), sameJaccard.get(0), sameJaccard.get(sameJaccard.size() / 2),
                sameContainment.get(0), otherJaccard.size(), otherJaccard.get(otherJaccard.size() - 1),
                otherContainment.get(otherContainment.size() - 1));
    }
}
