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
 * (و ف before ب ل ك, the article ال where the phrase has none, لل for ل+ال) so that وبالعراق finds العراق and
 * للتسلل finds تسلل, longest phrase first, and never inside another word.
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
    private final Map<String, T> byPhrase;
    private final Map<String, T> byContraction;

    /** @param phrases each phrase (any spelling, it is folded here) and what it stands for */
    public PhraseMatcher(Map<String, T> phrases, boolean allowSuffixes) {
        this.byPhrase = new HashMap<>();
        this.byContraction = new HashMap<>();
        phrases.forEach((phrase, value) -> {
            String folded = FoldedText.fold(phrase).strip().replaceAll("\\s+", " ");
            byPhrase.putIfAbsent(folded, value);
            // ل + ال contracts to لل: للعراق, للتسلل.
            byContraction.putIfAbsent(folded.startsWith("ال") ? folded.substring(2) : folded, value);
        });
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + CONJUNCTION + "(?:" + PREPOSITION + "(?:ال)?("
                + alternatives(byPhrase.keySet()) + ")|لل(" + alternatives(byContraction.keySet()) + "))"
                + (allowSuffixes ? SUFFIXES : "") + "(?![\\p{L}\\p{N}])");
    }

    /** Longest first, so that قوات سوريا الديمقراطية wins over سوريا. */
    private static String alternatives(java.util.Set<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    public List<Match<T>> find(FoldedText text) {
        List<Match<T>> matches = new ArrayList<>();
        if (byPhrase.isEmpty()) {
            return matches;
        }
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            T value = m.group(1) != null ? byPhrase.get(m.group(1).replaceAll("\\s+", " "))
                    : byContraction.get(m.group(2).replaceAll("\\s+", " "));
            matches.add(new Match<>(value, text.start(m.start()), text.end(m.end())));
        }
        return matches;
    }
}
