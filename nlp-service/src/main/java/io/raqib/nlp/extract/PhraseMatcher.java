package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A phrase, its first word without the article, and whether it was written with one (then it needs one); the
     * later words as they are compared, without their article.
     */
    private record Phrase<T>(String[] words, String[] bare, boolean article, T value) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The group whose table holds this matcher's phrases by their first word, and this matcher's slot in it. */
    private final PhraseGroup group;
    private final int slot;
    private final boolean allowSuffixes;

    /** @param phrases each phrase (any spelling, it is folded here) and what it stands for */
    public PhraseMatcher(Map<String, T> phrases, boolean allowSuffixes) {
        this(phrases, allowSuffixes, new PhraseGroup());
    }

    /** A matcher that looks words up with the other members of {@code group}: see {@link PhraseGroup}. */
    @SuppressWarnings("unchecked")
    PhraseMatcher(Map<String, T> phrases, boolean allowSuffixes, PhraseGroup group) {
        this.allowSuffixes = allowSuffixes;
        Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
        phrases.forEach((phrase, value) -> {
            String[] words = words(FoldedText.fold(phrase).strip());
            if (words[0].isEmpty()) {
                return;
            }
            boolean article = words[0].startsWith("ال") && words[0].length() > 3;
            words[0] = article ? words[0].substring(2) : words[0];
            String[] bare = new String[words.length];
            for (int k = 1; k < words.length; k++) {
                bare[k] = withoutArticle(words[k]);
            }
            List<Phrase<T>> candidates = byFirst.computeIfAbsent(words[0], w -> new ArrayList<>());
            if (candidates.stream().noneMatch(p -> Arrays.equals(p.words, words) && p.article == article)) {
                candidates.add(new Phrase<>(words, bare, article, value));
                // Longest phrase first: قوات سوريا الديمقراطية before سوريا.
                candidates.sort((a, b) -> b.words.length - a.words.length);
            }
        });
        Map<String, Phrase<T>[]> arrays = new HashMap<>();
        byFirst.forEach((word, candidates) -> arrays.put(word, candidates.toArray(new Phrase[0])));
        this.group = group;
        this.slot = group.join(arrays, allowSuffixes);
    }

    @SuppressWarnings("unchecked")
    public List<Match<T>> find(FoldedText text) {
        List<Token> tokens = text.tokens();
        PhraseGroup.Hits hits = group.hits(text);
        List<Match<T>> matches = new ArrayList<>();
        int free = 0; // the first token not taken by a phrase found
        for (int h = 0; h < hits.count(); ) {
            // A word with none of its forms in the group's table starts no phrase of any member: only hits are read.
            int i = hits.token(h);
            Phrase<T> best = null;
            for (; h < hits.count() && hits.token(h) == i; h++) {
                Phrase<T>[] candidates = (Phrase<T>[]) hits.entry(h, slot);
                if (candidates == null || i < free || hits.suffix(h) && !allowSuffixes) {
                    continue;
                }
                for (Phrase<T> phrase : candidates) {
                    if ((best == null || phrase.words.length > best.words.length) && (hits.article(h) || !phrase.article)
                            && restMatches(phrase, tokens, i)) {
                        best = phrase;
                    }
                }
            }
            if (best != null) {
                int last = i + best.words.length - 1;
                matches.add(new Match<>(best.value, text.start(tokens.get(i).start()), text.end(tokens.get(last).end())));
                free = last + 1;
            }
        }
        return matches;
    }

    /** The words of a folded phrase, split at runs of \s; most phrases (a name, a word) are one word. */
    private static String[] words(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return SPACES.split(phrase);
            }
        }
        return new String[] {phrase};
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
            Token written = tokens.get(i + k);
            String expected = phrase.bare[k];
            boolean last = k == n - 1;
            // Later words take or drop the article freely: محاولات تسلل and محاولات التسلل are one phrase.
            int from = articleLength(written);
            if (written.kind() != Kind.WORD || !(equalsFrom(written, from, expected)
                    || last && withSuffix(written, from, expected))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    /** How many chars of the front of a word are its article: 2 for ال before at least two letters, else 0. */
    private static int articleLength(Token word) {
        return word.startsWith("ال", 0) && word.length() > 3 ? 2 : 0;
    }

    /** Whether {@code written} from {@code from} on is {@code word} (compared where the token stands). */
    private static boolean equalsFrom(Token written, int from, String word) {
        return written.length() - from == word.length() && written.startsWith(word, from);
    }

    /** Whether {@code written} from {@code from} on is {@code word} with a suffix (or its ة as ات). */
    private boolean withSuffix(Token written, int from, String word) {
        if (!allowSuffixes) {
            return false;
        }
        int length = written.length() - from;
        if (word.endsWith("ه") && written.endsWith("ات") && length == word.length() + 1
                && written.regionMatches(from, word, word.length() - 1)) {
            return true; // a phrase ending in ة takes its plural in ات: حملة مداهمات for حملة مداهمة
        }
        if (!written.startsWith(word, from)) {
            return false;
        }
        int rest = from + word.length();
        for (String suffix : WordForms.SUFFIXES) {
            if (written.length() - rest == suffix.length() && written.startsWith(suffix, rest)) {
                return true;
            }
        }
        return false;
    }
}
