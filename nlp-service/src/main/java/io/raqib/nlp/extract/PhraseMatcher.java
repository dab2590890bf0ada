package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.raqib.nlp.extract.Tokens.Kind;
import io.raqib.nlp.extract.Tokens.Token;

/**
 * Finds known phrases in folded Arabic text the way they are written in the news: with the clitics glued on
 * (و ف before ب ل ك, the article ال, لل for ل+ال) so that وبالعراق finds العراق and للتسلل finds تسلل, the longest
 * phrase first, whole words only. It works on tokens with a hash lookup per word, so its cost does not grow with
 * the size of the gazetteer.
 *
 * @param <T> what a phrase stands for (an entity, a topic)
 */
public final class PhraseMatcher<T> {

    /** A phrase found: what it stands for, and where, in original offsets. */
    public record Match<T>(T value, int start, int end) {
    }

    /** A phrase, its first word without the article, and whether it was written with one (then it needs one). */
    private record Phrase<T>(String[] words, boolean article, T value) {
    }

    /**
     * A written word with its clitics (and maybe a suffix) taken off, whether the clitics included the article,
     * and whether a suffix was taken off. Computed once per word and shared by every matcher of a text.
     */
    record Form(String word, boolean article, boolean suffix) {
    }

    /** Feminine and plural endings, attached pronouns and the alef of the accusative (تمويلاً), where allowed. */
    private static final String[] SUFFIXES = {"يين", "يون", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "ه", "ا"};

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final boolean allowSuffixes;

    /** @param phrases each phrase (any spelling, it is folded here) and what it stands for */
    public PhraseMatcher(Map<String, T> phrases, boolean allowSuffixes) {
        this.allowSuffixes = allowSuffixes;
        phrases.forEach((phrase, value) -> {
            String[] words = FoldedText.fold(phrase).strip().split("\\s+");
            if (words[0].isEmpty()) {
                return;
            }
            boolean article = words[0].startsWith("ال") && words[0].length() > 3;
            words[0] = article ? words[0].substring(2) : words[0];
            List<Phrase<T>> candidates = byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>());
            if (candidates.stream().noneMatch(p -> java.util.Arrays.equals(p.words, words) && p.article == article)) {
                candidates.add(new Phrase<>(words, article, value));
                // Longest phrase first: قوات سوريا الديمقراطية before سوريا.
                candidates.sort((a, b) -> b.words.length - a.words.length);
            }
        });
    }

    public List<Match<T>> find(FoldedText text) {
        List<Token> tokens = text.tokens();
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                continue;
            }
            Phrase<T> best = null;
            for (Form form : text.forms(i)) {
                if (form.suffix && !allowSuffixes) {
                    continue;
                }
                for (Phrase<T> phrase : byFirstWord.getOrDefault(form.word, List.of())) {
                    if ((best == null || phrase.words.length > best.words.length) && (form.article || !phrase.article)
                            && restMatches(phrase, tokens, i)) {
                        best = phrase;
                    }
                }
            }
            if (best != null) {
                int last = i + best.words.length - 1;
                matches.add(new Match<>(best.value, text.start(token.start()), text.end(tokens.get(last).end())));
                i = last;
            }
        }
        return matches;
    }

    private boolean restMatches(Phrase<T> phrase, List<Token> tokens, int i) {
        int n = phrase.words.length;
        if (i + n > tokens.size()) {
            return false;
        }
        if (n == 1) {
            return true; // the form was looked up from this very word, suffix and all
        }
        for (int k = 1; k < n; k++) {
            Token token = tokens.get(i + k);
            String word = phrase.words[k];
            boolean last = k == n - 1;
            // Later words take or drop the article freely: محاولات تسلل and محاولات التسلل are one phrase.
            String written = withoutArticle(token.text());
            String expected = withoutArticle(word);
            if (token.kind() != Kind.WORD || !(written.equals(expected) || last && withSuffix(written, expected))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    private boolean withSuffix(String written, String word) {
        if (allowSuffixes && word.endsWith("ه") && written.endsWith("ات")
                && written.length() == word.length() + 1 && written.startsWith(word.substring(0, word.length() - 1))) {
            return true; // a phrase ending in ة takes its plural in ات: حملة مداهمات for حملة مداهمة
        }
        if (!allowSuffixes || !written.startsWith(word)) {
            return false;
        }
        String rest = written.substring(word.length());
        for (String suffix : SUFFIXES) {
            if (rest.equals(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms a written word may stand for: itself, and with each reading of its front as clitics taken off
     * (conjunction و ف, then preposition ب ك ل, then the article ال or the contraction لل); each also without a
     * suffix. Walked letter by letter: this runs for every word of every article.
     */
    static List<Form> forms(String written) {
        List<Form> forms = new ArrayList<>(6);
        int length = written.length();
        int conjunctions = isConjunction(written.charAt(0)) && length > 2 ? 1 : 0;
        for (int conj = 0; conj <= conjunctions; conj++) {
            boolean preposition = length > conj + 2 && isPreposition(written.charAt(conj));
            for (int prep = 0; prep <= (preposition ? 1 : 0); prep++) {
                int base = conj + prep;
                if (base > 0) {
                    addWithSuffixes(forms, written, base, false);
                }
                if (length > base + 3 && written.charAt(base) == 'ا' && written.charAt(base + 1) == 'ل') {
                    addWithSuffixes(forms, written, base + 2, true);
                } else if (prep == 1 && written.charAt(conj) == 'ل' && length > base + 2 && written.charAt(base) == 'ل') {
                    addWithSuffixes(forms, written, base + 1, true); // لل = ل + ال
                }
            }
        }
        addWithSuffixes(forms, written, 0, false);
        return forms;
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static void addWithSuffixes(List<Form> forms, String written, int from, boolean article) {
        String word = from == 0 ? written : written.substring(from);
        forms.add(new Form(word, article, false));
        char last = word.charAt(word.length() - 1);
        if (last == 'ن' || last == 'ت' || last == 'ه' || last == 'م' || last == 'ا') {
            for (String suffix : SUFFIXES) {
                if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                    String stem = word.substring(0, word.length() - suffix.length());
                    forms.add(new Form(stem, article, true));
                    if (suffix.equals("ات")) {
                        forms.add(new Form(stem + "ه", article, true)); // عمليات is the plural of عملية
                    }
                }
            }
        }
    }
}
