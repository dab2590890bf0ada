package io.raqib.ingest.dates;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds a regular-expression alternation that matches any of a list of words in {@link FoldedText}. */
final class Alternation {

    private Alternation() {
    }

    /**
     * The words folded, longest first so that "مايو" wins over "ماي" and "كانون الثاني" is never read as a
     * shorter name; a space inside a phrase matches any run of white space. Callers add their own word
     * boundaries: what counts as one differs between Arabic clitics and English.
     */
    static String of(Collection<String> words) {
        return words.stream()
                .map(FoldedText::fold)
                .map(String::strip)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Alternation::phrase)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The key under which a matched phrase is looked up: white space runs folded to one space. */
    static String key(String matched) {
        return matched.strip().replaceAll("\\s+", " ");
    }

    private static String phrase(String words) {
        return java.util.Arrays.stream(words.split(" +")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }
}
