package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds known phrases in folded Arabic text the way they are written in the news: with the clitics glued on
 * (و ف before ب ل ك, the article ال, لل for ل+ال) so that وبالعراق finds العراق, longest phrase first, and never
 * inside another word.
 *
 * @param <T> what a phrase stands for (an entity, a topic)
 */
public final class PhraseMatcher<T> {

    /** A phrase found: what it stands for, and where, in original offsets. */
    public record Match<T>(T value, int start, int end) {
    }

    private static final String CONJUNCTION = "[وف]?";
    private static final String PREPOSITION = "[بلك]?";
    /** Common suffixes: feminine/plural endings and attached pronouns. Only where the caller allows them. */
    private static final String SUFFIXES = "(?:ه|ها|هم|هن|ات|ون|ين|ان|يه|يون|يين)?";

    private final Pattern pattern;
    private final Map<String, T> byForm;

    /** @param phrases each phrase (any spelling, it is folded here) and what it stands for */
    public PhraseMatcher(Map<String, T> phrases, boolean allowSuffixes) {
        this.byForm = new HashMap<>();
        phrases.forEach((phrase, value) -> forms(FoldedText.fold(phrase).strip()).forEach(f -> byForm.putIfAbsent(f, value)));
        String alternatives = byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(form -> Pattern.quote(form).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + CONJUNCTION + PREPOSITION + "(" + alternatives + ")"
                + (allowSuffixes ? SUFFIXES : "") + "(?![\\p{L}\\p{N}])");
    }

    public List<Match<T>> find(FoldedText text) {
        List<Match<T>> matches = new ArrayList<>();
        if (byForm.isEmpty()) {
            return matches;
        }
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            T value = byForm.get(m.group(1).replaceAll("\\s+", " "));
            matches.add(new Match<>(value, text.start(m.start()), text.end(m.end())));
        }
        return matches;
    }

    /** The phrase, with the article where it has none, and the ل+ال contraction (للعراق) where it has one. */
    private static List<String> forms(String phrase) {
        if (phrase.startsWith("ال")) {
            return List.of(phrase, phrase.substring(1));
        }
        return List.of(phrase, "ال" + phrase, "ل" + phrase);
    }
}
