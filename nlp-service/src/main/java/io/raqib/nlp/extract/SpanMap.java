package io.raqib.nlp.extract;

import java.util.Collection;
import java.util.Map;

/**
 * Words and what they stand for, looked up by a span of a longer string: a word's stem inside the folded text
 * (وبالعراق → العراق is chars 3 to 9 of the word), a word without its first letter. Every word of every text is
 * looked up in a few of these, in several readings each; cutting each reading out as a String cost most of the
 * extractor's time and allocation, so the span is hashed and compared where it stands.
 * <p>
 * Open addressing with linear probing over {@link String#hashCode()}-compatible hashes, so a hash worked out once
 * for a span serves every map. Most words looked up are in no map: in a small map (a word list), the first and last
 * letters of the keys, and their last two letters, as pairs, rule most of them out before any hashing; and since
 * clitics only come off the front of a word, the last two letters of a written word say whether any key can be what
 * is left of it ({@link #mayEndWord}). A large map (the extractor's phrases) has keys of most shapes: there the test
 * costs more than it spares, and spans go straight to their hash. Immutable once built, hence safe to share between
 * threads.
 *
 * @param <V> what a word stands for
 */
final class SpanMap<V> {

    /** No char after the span: the key is the span alone. */
    static final char NO_TAIL = '\uFFFF';

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    /** The (first letter, last letter) pairs of the keys, one bit each of 4096 (see {@link #pair}). */
    private final long[] ends = new long[64];
    /** The (last but one, last letter) pairs of the keys of two letters or more. */
    private final long[] lastTwo = new long[64];
    /** The keys of one letter, one bit each by its low six bits. */
    private final long singles;
    /** Whether the empty string is a key: it has no letters to pair. */
    private final boolean emptyKey;
    /**
     * Maps of up to this many keys rule spans out by their letters before hashing them. The extractor's phrase table
     * (382 first words) let 70 % of the forms of the benchmark's articles through the test, which cost more than it
     * spared; word lists of a few dozen words rule out nearly everything.
     */
    private static final int FILTERED = 128;
    private final boolean filtered;

    private SpanMap(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1; // load factor < 0.5
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        long oneLetterKeys = 0;
        for (Map.Entry<String, V> entry : entries.entrySet()) {
            String key = entry.getKey();
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = entry.getValue();
            if (!key.isEmpty()) {
                set(ends, pair(key.charAt(0), key.charAt(key.length() - 1)));
            }
            if (key.length() >= 2) {
                set(lastTwo, pair(key.charAt(key.length() - 2), key.charAt(key.length() - 1)));
            } else if (key.length() == 1) {
                oneLetterKeys |= 1L << key.charAt(0);
            }
        }
        singles = oneLetterKeys;
        emptyKey = entries.containsKey("");
        filtered = entries.size() <= FILTERED;
    }

    static <V> SpanMap<V> of(Map<String, V> entries) {
        return new SpanMap<>(entries);
    }

    /** A set of words, as a map to {@code TRUE}. */
    static SpanMap<Boolean> setOf(Collection<String> words) {
        Map<String, Boolean> entries = new java.util.HashMap<>();
        words.forEach(word -> entries.put(word, Boolean.TRUE));
        return new SpanMap<>(entries);
    }

    /** The keys, in no order. */
    java.util.List<String> keys() {
        return java.util.Arrays.stream(keys).filter(java.util.Objects::nonNull).toList();
    }

    /** What the whole of {@code word} stands for, or null (its hash is the one the String keeps). */
    V get(String word) {
        if (!mayHave(word, 0, word.length(), NO_TAIL)) {
            return null;
        }
        return get(word, 0, word.length(), NO_TAIL, word.hashCode());
    }

    /** What the span [from, to) of {@code text} stands for, or null. */
    V get(String text, int from, int to) {
        if (!mayHave(text, from, to, NO_TAIL)) {
            return null;
        }
        return get(text, from, to, NO_TAIL, hash(text, from, to));
    }

    /** Whether some key has the first and last letters of the span (and tail): if not, no key is the span. */
    boolean mayHave(String text, int from, int to, char tail) {
        if (!filtered) {
            return true; // a large map: the test would cost more than it spares
        }
        if (from >= to) {
            return tail == NO_TAIL ? emptyKey : has(ends, pair(tail, tail)) && (singles & 1L << tail) != 0;
        }
        char last = tail == NO_TAIL ? text.charAt(to - 1) : tail;
        if (!has(ends, pair(text.charAt(from), last))) {
            return false;
        }
        int length = to - from + (tail == NO_TAIL ? 0 : 1);
        char beforeLast = tail == NO_TAIL ? text.charAt(to - 2 < from ? from : to - 2) : text.charAt(to - 1);
        return length == 1 ? (singles & 1L << last) != 0 : has(lastTwo, pair(beforeLast, last));
    }

    /**
     * Whether some key may be what is left of a word of {@code length} letters ending in {@code beforeLast, last}
     * with letters taken off its front (by those last two letters): if not, neither the word nor any of its
     * clitic-stripped forms is a key, and nothing need be cut or hashed.
     */
    boolean mayEndWord(char beforeLast, char last, int length) {
        if (emptyKey) {
            return true;
        }
        return length >= 1 && (singles & 1L << last) != 0 || length >= 2 && has(lastTwo, pair(beforeLast, last));
    }

    private static void set(long[] bits, int pair) {
        bits[pair >>> 6] |= 1L << pair;
    }

    private static boolean has(long[] bits, int pair) {
        return (bits[pair >>> 6] & 1L << pair) != 0;
    }

    /** A first and a last letter as one of 4096 bits (letters with the same low six bits share one). */
    private static int pair(char first, char last) {
        return (first & 63) << 6 | last & 63;
    }

    boolean contains(String text, int from, int to) {
        return get(text, from, to) != null;
    }

    boolean contains(String word) {
        return get(word) != null;
    }

    /**
     * What the span [from, to) of {@code text}, followed by {@code tail} unless it is {@link #NO_TAIL}, stands for;
     * {@code hash} is {@link #hash} of that key, worked out by the caller once for all maps.
     */
    @SuppressWarnings("unchecked")
    V get(String text, int from, int to, char tail, int hash) {
        if (!mayHave(text, from, to, tail)) {
            return null;
        }
        int length = to - from + (tail == NO_TAIL ? 0 : 1);
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && key.regionMatches(0, text, from, to - from)
                    && (tail == NO_TAIL || key.charAt(length - 1) == tail)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * What the span [from, to) of {@code chars}, followed by {@code tail} unless it is {@link #NO_TAIL}, stands for:
     * {@link #get(String, int, int, char, int)} on the chars of the folded text, which the matchers read directly.
     * The span is hashed only once its letters have not ruled it out.
     */
    V get(char[] chars, int from, int to, char tail) {
        int length = to - from + (tail == NO_TAIL ? 0 : 1);
        if (filtered && !mayHave(chars, from, to, tail, length)) {
            return null;
        }
        int hash = hash(chars, from, to);
        return probe(chars, from, to, tail, length, tail == NO_TAIL ? hash : withTail(hash, tail));
    }

    /** {@link #get(char[], int, int, char)} of a span whose key's hash, {@code hash}, is known. */
    V get(char[] chars, int from, int to, char tail, int hash) {
        int length = to - from + (tail == NO_TAIL ? 0 : 1);
        if (filtered && !mayHave(chars, from, to, tail, length)) {
            return null;
        }
        return probe(chars, from, to, tail, length, hash);
    }

    @SuppressWarnings("unchecked")
    private V probe(char[] chars, int from, int to, char tail, int length, int hash) {
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && sameChars(key, chars, from, to)
                    && (tail == NO_TAIL || key.charAt(length - 1) == tail)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** {@link #mayHave(String, int, int, char)} on chars; {@code length} is the key's, tail and all. */
    private boolean mayHave(char[] chars, int from, int to, char tail, int length) {
        if (length == 0) {
            return emptyKey;
        }
        char last = tail == NO_TAIL ? chars[to - 1] : tail;
        char first = from < to ? chars[from] : tail;
        return has(ends, pair(first, last)) && (length == 1 ? (singles & 1L << last) != 0
                : has(lastTwo, pair(tail == NO_TAIL ? chars[to - 2] : chars[to - 1], last)));
    }

    private static boolean sameChars(String key, char[] chars, int from, int to) {
        for (int k = 0; k < to - from; k++) {
            if (key.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of the span [from, to) of {@code chars}. */
    static int hash(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** {@link String#hashCode()} of the span [from, to) of {@code text}. */
    static int hash(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    /** {@link String#hashCode()} of a key that is {@code hash}'s span followed by one more char. */
    static int withTail(int hash, char tail) {
        return 31 * hash + tail;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
