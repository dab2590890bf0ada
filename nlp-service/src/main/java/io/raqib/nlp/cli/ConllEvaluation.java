package io.raqib.nlp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.raqib.nlp.extract.Extractor;
import io.raqib.schemas.Entity;

/**
 * Scores entities on a CoNLL-style corpus (one token and its BIO tag per line, tab or space between, a blank line
 * between sentences), as public Arabic NER corpora are distributed. The text is rebuilt from the tokens, the
 * extractor runs over it, and its entity spans are mapped back to tokens. PER/PERS, ORG and LOC are scored
 * (exact span and type); other types are ignored.
 */
final class ConllEvaluation {

    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "PERS", "PERSON", "ORG", "ORGANIZATION",
            "LOC", "PLACE");

    private record Span(String type, int first, int last) {
    }

    private final Map<String, Score> byType = new TreeMap<>();

    static ConllEvaluation run(Extractor extractor, Path file) throws IOException {
        ConllEvaluation evaluation = new ConllEvaluation();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                evaluation.sentence(extractor, tokens, tags);
                tokens.clear();
                tags.clear();
                continue;
            }
            String[] columns = trimmed.split("[\\t ]+");
            if (columns.length < 2) {
                throw new IOException(file + " line " + lineNumber + ": expected a token and a tag, got: " + line);
            }
            tokens.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        evaluation.sentence(extractor, tokens, tags);
        return evaluation;
    }

    private void sentence(Extractor extractor, List<String> tokens, List<String> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
        }
        Set<Span> gold = goldSpans(tags);
        Set<Span> found = new HashSet<>();
        for (Entity entity : extractor.extract(text.toString()).entities()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int end = starts[i] + tokens.get(i).length();
                if (starts[i] < entity.getEnd() && entity.getStart() < end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                found.add(new Span(entity.getType().name(), first, last));
            }
        }
        for (Span span : gold) {
            byType.computeIfAbsent(span.type, t -> new Score());
            if (found.contains(span)) {
                byType.get(span.type).truePositives++;
            } else {
                byType.get(span.type).falseNegatives++;
            }
        }
        for (Span span : found) {
            if (!gold.contains(span) && TYPES.containsValue(span.type)) {
                byType.computeIfAbsent(span.type, t -> new Score()).falsePositives++;
            }
        }
    }

    private static Set<Span> goldSpans(List<String> tags) {
        Set<Span> spans = new HashSet<>();
        String type = null;
        int first = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String mapped = prefix.equals("O") ? null : TYPES.get(tag.substring(2));
            boolean continues = prefix.equals("I") && mapped != null && mapped.equals(type);
            if (type != null && !continues) {
                spans.add(new Span(type, first, i - 1));
                type = null;
            }
            if (mapped != null && !continues) {
                type = mapped;
                first = i;
            }
        }
        return spans;
    }

    Score total() {
        Score total = new Score();
        byType.values().forEach(total::add);
        return total;
    }

    void print(PrintStream out) {
        out.println(Score.header());
        out.println(total().row("entities"));
        byType.forEach((type, score) -> out.println(score.row("  " + type)));
    }
}
