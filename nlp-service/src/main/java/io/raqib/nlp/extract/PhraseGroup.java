package io.raqib.nlp.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PhraseMatcher}s that look a text's words up together. The first words of all their phrases are in one
 * table, so each form of each word is looked up once, whichever matcher asks first; the words that start a phrase
 * of some member (a few in a hundred) are kept as the text's {@link Hits}, and each matcher then visits only those.
 * The extractor's gazetteer, taxonomy, disqualifiers and past markers share one group; a matcher made on its own
 * has its own.
 * <p>
 * Members join while the extractor is built; the table is replaced (not changed) on each join and published
 * through a volatile field, so a group is safe to share between threads once built.
 */
final class PhraseGroup {

    private final List<Map<String, ?>> members = new ArrayList<>();
    private volatile Table table = new Table(Map.of(), false);
    private boolean suffixes;

    /** Per first word, what each member has under it (its phrases starting so), by member slot; null for none. */
    private static final class Table {

        private final SpanMap<Object[]> byFirstWord;
        /** Whether a member takes suffixes off: if none does, the forms without a suffix are all that is looked up. */
        private final boolean suffixes;

        Table(Map<String, Object[]> byFirstWord, boolean suffixes) {
            this.byFirstWord = SpanMap.of(byFirstWord);
            this.suffixes = suffixes;
        }

        Object[] get(char[] folded, int from, int to, char tail, int hash) {
            return byFirstWord.get(folded, from, to, tail, hash);
        }
    }

    /**
     * Adds a member's phrases, by their first word (folded, without the article); returns the member's slot in
     * the arrays of {@link Hits#entry}.
     */
    synchronized int join(Map<String, ?> phrasesByFirstWord, boolean suffixes) {
        members.add(phrasesByFirstWord);
        this.suffixes |= suffixes;
        Map<String, Object[]> table = new HashMap<>();
        for (int slot = 0; slot < members.size(); slot++) {
            int member = slot;
            members.get(slot).forEach((word, phrases) ->
                    table.computeIfAbsent(word, w -> new Object[members.size()])[member] = phrases);
        }
        this.table = new Table(table, this.suffixes);
        return members.size() - 1;
    }

    /** The words of {@code text} that start a phrase of some member, worked out once per text. */
    Hits hits(FoldedText text) {
        Table current = table;
        return text.hits(current, () -> Hits.of(text, current));
    }

    /**
     * The forms of a text's words found in the table, in token order and, within a token, in the order of its
     * forms (the order the matchers try them in), each with its flags ({@link WordForms#ARTICLE} …).
     */
    static final class Hits {

        private int count;
        private int[] tokens = new int[64];
        private byte[] flags = new byte[64];
        private Object[][] entries = new Object[64][];

        private static Hits of(FoldedText text, Table table) {
            Hits hits = new Hits();
            char[] chars = text.chars();
            WordForms forms = new WordForms(chars);
            List<Tokens.Token> tokens = text.tokens();
            for (int i = 0, n = tokens.size(); i < n; i++) {
                Tokens.Token token = tokens.get(i);
                if (token.kind() != Tokens.Kind.WORD) {
                    continue;
                }
                // A form without a suffix is what is left of the word with letters off its front: if no first word
                // of the table ends like the word, none of those forms is one (and with no member taking suffixes
                // off, there is nothing else to look for).
                boolean whole = token.mayEndWordOf(table.byFirstWord);
                if (!whole && !table.suffixes) {
                    continue;
                }
                forms.read(token.start(), token.end());
                for (int f = 0; f < forms.count(); f++) {
                    boolean suffix = (forms.flags(f) & WordForms.SUFFIX) != 0;
                    if (suffix ? !table.suffixes : !whole) {
                        continue;
                    }
                    Object[] entry = table.get(chars, forms.from(f), forms.to(f), forms.tail(f), forms.hash(f));
                    if (entry != null) {
                        hits.add(i, forms.flags(f), entry);
                    }
                }
            }
            return hits;
        }

        private void add(int token, byte flag, Object[] entry) {
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, count * 2);
                flags = Arrays.copyOf(flags, count * 2);
                entries = Arrays.copyOf(entries, count * 2);
            }
            tokens[count] = token;
            flags[count] = flag;
            entries[count] = entry;
            count++;
        }

        int count() {
            return count;
        }

        /** The token of hit {@code h}. */
        int token(int h) {
            return tokens[h];
        }

        /** Whether the form of hit {@code h} had the article taken off. */
        boolean article(int h) {
            return (flags[h] & WordForms.ARTICLE) != 0;
        }

        /** Whether the form of hit {@code h} had a suffix taken off. */
        boolean suffix(int h) {
            return (flags[h] & WordForms.SUFFIX) != 0;
        }

        /** What the member in {@code slot} has under the form of hit {@code h}, or null. */
        Object entry(int h, int slot) {
            Object[] entry = entries[h];
            return slot < entry.length ? entry[slot] : null;
        }
    }
}
