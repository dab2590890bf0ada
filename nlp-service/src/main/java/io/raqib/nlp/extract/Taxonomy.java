package io.raqib.nlp.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics the desk follows and the phrases that signal them, from a tab-separated resource:
 * {@code topic_id  phrase|phrase|...}. Phrases match with clitics and common suffixes.
 */
public final class Taxonomy {

    private final PhraseMatcher<String> matcher;
    private final List<String> topics;

    private Taxonomy(Map<String, String> phrases, List<String> topics) {
        this.matcher = new PhraseMatcher<>(phrases, true);
        this.topics = topics;
    }

    public static Taxonomy parse(List<String> lines) {
        Map<String, String> phrases = new LinkedHashMap<>();
        List<String[]> rows = Resources.rows(lines, 2);
        for (String[] columns : rows) {
            for (String phrase : columns[1].split("\\|")) {
                phrases.putIfAbsent(phrase.strip(), columns[0]);
            }
        }
        return new Taxonomy(phrases, rows.stream().map(columns -> columns[0]).toList());
    }

    public List<PhraseMatcher.Match<String>> find(FoldedText text) {
        return matcher.find(text);
    }

    public List<String> topics() {
        return topics;
    }
}
