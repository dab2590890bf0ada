package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.raqib.schemas.FigureCategory;

/**
 * The topics the desk follows and the phrases that signal them, from a tab-separated resource:
 * {@code topic_id  phrase|phrase|...  [word|word|...  [CATEGORY|CATEGORY]]}. Phrases match with clitics and common
 * suffixes; the optional third column lists the words that take a phrase of the topic back when they share its clause
 * ({@link Disqualifiers}), the fourth the figure categories whose every figure counts as one more mention (a count
 * of troops is a sign of their deployment).
 */
public final class Taxonomy {

    private final PhraseMatcher<String> matcher;
    private final Disqualifiers disqualifiers;
    private final Map<FigureCategory, List<String>> countedBy;
    private final List<String> topics;

    private Taxonomy(Map<String, String> phrases, Map<String, List<String>> disqualifiers,
            Map<FigureCategory, List<String>> countedBy, List<String> topics, PhraseGroup group) {
        this.matcher = new PhraseMatcher<>(phrases, true, group);
        this.disqualifiers = new Disqualifiers(disqualifiers, group);
        this.countedBy = countedBy;
        this.topics = topics;
    }

    public static Taxonomy parse(List<String> lines) {
        return parse(lines, new PhraseGroup());
    }

    /** The taxonomy, its phrases and disqualifiers looked up with those of the other members of {@code group}. */
    static Taxonomy parse(List<String> lines, PhraseGroup group) {
        Map<String, String> phrases = new LinkedHashMap<>();
        Map<String, List<String>> disqualifiers = new LinkedHashMap<>();
        Map<FigureCategory, List<String>> countedBy = new EnumMap<>(FigureCategory.class);
        List<String[]> rows = Resources.rows(lines, 2, 4);
        for (String[] columns : rows) {
            for (String phrase : columns[1].split("\\|")) {
                phrases.putIfAbsent(phrase.strip(), columns[0]);
            }
            for (String word : columns.length > 2 ? columns[2].split("\\|") : new String[0]) {
                if (!word.isBlank()) {
                    disqualifiers.computeIfAbsent(word.strip(), w -> new ArrayList<>()).add(columns[0]);
                }
            }
            for (String category : columns.length > 3 ? columns[3].split("\\|") : new String[0]) {
                countedBy.computeIfAbsent(category(columns[0], category.strip()), c -> new ArrayList<>())
                        .add(columns[0]);
            }
        }
        return new Taxonomy(phrases, disqualifiers, countedBy, rows.stream().map(columns -> columns[0]).toList(),
                group);
    }

    private static FigureCategory category(String topic, String name) {
        try {
            return FigureCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(topic + ": no figure category " + name + "; one of "
                    + java.util.Arrays.toString(FigureCategory.values()), e);
        }
    }

    public List<PhraseMatcher.Match<String>> find(FoldedText text) {
        return matcher.find(text);
    }

    /** Whether a phrase found in this text is taken back by a word of its clause (a bomb seized is no bombing). */
    Predicate<PhraseMatcher.Match<String>> disqualified(FoldedText text) {
        return disqualifiers.in(text);
    }

    /** The topics a figure of this category counts as a mention of. */
    List<String> countedBy(FigureCategory category) {
        return countedBy.getOrDefault(category, List.of());
    }

    public List<String> topics() {
        return topics;
    }
}
