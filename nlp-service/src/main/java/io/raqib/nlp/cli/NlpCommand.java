package io.raqib.nlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.raqib.nlp.extract.Extractor;

/**
 * The extractor from the command line, without Kafka:
 * <pre>
 *   extract [FILE ...]          one JSON object per input (stdin when no FILE or FILE is -)
 *   eval GOLD.jsonl [--split NAME] [--errors]
 *                               precision, recall and F1 against a gold file, per split, kind and category;
 *                               with --split only that split's articles are run, scored and listed
 *   eval --conll FILE           entity scores on a CoNLL-style BIO corpus
 *   train-topics GOLD.jsonl [--split NAME] [--out FILE]
 *                               fits the topic model to a split's articles (dev by default), prints its
 *                               cross-validated scores beside the bundled model's, and writes it to FILE
 * </pre>
 * A .json input is an article ({@code body}, optional {@code title} and {@code publishedAt}); anything else is plain
 * UTF-8 text.
 */
public final class NlpCommand {

    private NlpCommand() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.in, System.out, System.err));
    }

    private static final String USAGE = "usage: extract [FILE ...] | eval GOLD.jsonl [--split NAME] [--errors]"
            + " | eval --conll FILE | train-topics GOLD.jsonl [--split NAME] [--out FILE]";

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        Extractor extractor = Extractor.bundled();
        List<String> rest = List.of(args).subList(1, args.length);
        switch (args[0]) {
            case "extract":
                return extract(extractor, rest, in, out, err);
            case "eval":
                if (rest.size() >= 2 && rest.get(0).equals("--conll")) {
                    ConllEvaluation.run(extractor, Path.of(rest.get(1))).print(out);
                    return 0;
                }
                return evalGold(extractor, rest, out, err);
            case "train-topics":
                return TopicTraining.run(extractor, rest, out, err, USAGE);
            default:
                err.println("unknown command " + args[0] + "; use extract, eval or train-topics");
                return 2;
        }
    }

    private static int evalGold(Extractor extractor, List<String> args, PrintStream out, PrintStream err)
            throws IOException {
        String gold = null;
        String split = null;
        boolean errors = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--errors")) {
                errors = true;
            } else if (arg.equals("--split") && i + 1 < args.size()) {
                split = args.get(++i);
            } else if (arg.startsWith("--") || gold != null) {
                err.println(USAGE);
                return 2;
            } else {
                gold = arg;
            }
        }
        if (gold == null) {
            err.println(USAGE);
            return 2;
        }
        GoldEvaluation evaluation = GoldEvaluation.run(extractor, Path.of(gold), split);
        if (evaluation.articles() == 0) {
            err.println(gold + ": no articles" + (split == null ? "" : " in split " + split));
            return 1;
        }
        evaluation.print(out, errors);
        return 0;
    }

    private static int extract(Extractor extractor, List<String> files, InputStream in, PrintStream out,
            PrintStream err) throws IOException {
        List<String> inputs = files.isEmpty() ? List.of("-") : new ArrayList<>(files);
        int status = 0;
        for (String input : inputs) {
            String text;
            try {
                text = input.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(input), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(input + ": cannot read: " + e.getMessage());
                status = 1;
                continue;
            }
            ArticleInput article;
            try {
                article = input.endsWith(".json") ? ArticleInput.of(ExtractionJson.JSON.readTree(text), "body")
                        : new ArticleInput("", text, 0);
            } catch (IOException | IllegalArgumentException e) {
                err.println(input + ": not an article: " + e.getMessage());
                status = 1;
                continue;
            }
            ObjectNode result = ExtractionJson.of(extractor.extract(article.title(), article.text(), article.year()));
            ObjectNode line = ExtractionJson.JSON.createObjectNode().put("input", input)
                    .put("modelVersion", extractor.version());
            line.setAll(result);
            out.println(ExtractionJson.JSON.writeValueAsString(line));
        }
        return status;
    }
}
