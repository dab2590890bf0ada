package io.raqib.nlp.extract;

import java.util.Arrays;

/**
 * The forms a written word may stand for: itself, and with each reading of its front as clitics taken off
 * (conjunction و ف, then preposition ب ك ل, then the article ال or the contraction لل); each also without a
 * suffix. Read word by word into this reusable buffer while a {@link PhraseGroup} looks them up, so no form of a
 * whole text is ever stored: most forms match nothing.
 * <p>
 * A form is a span of the folded text, not a String: its offsets and flags. One form is not a span alone: the stem
 * of a plural in ات read with ة (عمليات is the plural of عملية), which is the span followed by ه ({@link #tail}).
 */
final class WordForms {

    /** Feminine and plural endings, attached pronouns and the alef of the accusative (تمويلاً). */
    static final String[] SUFFIXES = {"يين", "يون", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "ه", "ا"};

    /** The suffixes as chars, and which one is the plural ات (whose stem is also read with ة). */
    private static final char[][] SUFFIX_CHARS = Arrays.stream(SUFFIXES).map(String::toCharArray)
            .toArray(char[][]::new);
    private static final int PLURAL_SUFFIX = Arrays.asList(SUFFIXES).indexOf("ات");
    /**
     * The suffixes by their last letter (ن ت ه م ا, all in U+0600 to U+06FF), as indices in the order above: a word
     * is compared with those it may end with.
     */
    private static final int[][] SUFFIXES_ENDING_IN = new int[0x100][];

    static {
        for (int suffix = 0; suffix < SUFFIXES.length; suffix++) {
            int last = SUFFIXES[suffix].charAt(SUFFIXES[suffix].length() - 1) - 0x600;
            int[] before = SUFFIXES_ENDING_IN[last] == null ? new int[0] : SUFFIXES_ENDING_IN[last];
            int[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = suffix;
            SUFFIXES_ENDING_IN[last] = with;
        }
    }

    /** The clitics taken off included the article (then a phrase written with one may match). */
    static final byte ARTICLE = 1;
    /** A suffix was taken off. */
    static final byte SUFFIX = 2;
    /** The stem of a plural in ات, read with ة. */
    static final byte PLURAL = 4;

    private final char[] chars;
    /**
     * {@link String#hashCode()} of the word's first k chars, for k = 0 … its length: every form is a span of the word,
     * so its hash is worked out from two of these ({@link #hash}) instead of from its chars, one form after another.
     */
    private int[] prefixHashes = new int[32];
    private int wordStart;
    /** 31 to the power k, for k below its length: String.hashCode's multiplier, wrapping as an int does. */
    private static final int[] POWERS = new int[256];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 31;
        }
    }

    private int[] from = new int[16];
    private int[] to = new int[16];
    private byte[] flags = new byte[16];
    private int count;
    /** The suffixes the word being read ends with (indices into SUFFIXES, in their order), and how many. */
    private final int[] endings = new int[SUFFIXES.length];
    private int endingCount;

    /** A reader of the words of a folded text, whose chars are {@code chars} (read directly: this is a hot loop). */
    WordForms(char[] chars) {
        this.chars = chars;
    }

    /** Reads the forms of the word at [start, end), in the order the matchers try them. */
    void read(int start, int end) {
        count = 0;
        int length = end - start;
        readHashes(start, end);
        readEndings(start, end);
        int conjunctions = isConjunction(chars[start]) && length > 2 ? 1 : 0;
        for (int conj = 0; conj <= conjunctions; conj++) {
            boolean preposition = length > conj + 2 && isPreposition(chars[start + conj]);
            for (int prep = 0; prep <= (preposition ? 1 : 0); prep++) {
                int base = conj + prep;
                if (base > 0) {
                    addWithSuffixes(start + base, end, false);
                }
                if (length > base + 3 && chars[start + base] == 'ا' && chars[start + base + 1] == 'ل') {
                    addWithSuffixes(start + base + 2, end, true);
                } else if (prep == 1 && chars[start + conj] == 'ل' && length > base + 2 && chars[start + base] == 'ل') {
                    addWithSuffixes(start + base + 1, end, true); // لل = ل + ال
                }
            }
        }
        addWithSuffixes(start, end, false);
    }

    /** The prefix hashes of the word at [start, end). */
    private void readHashes(int start, int end) {
        wordStart = start;
        if (prefixHashes.length <= end - start) {
            prefixHashes = new int[end - start + 1];
        }
        int hash = 0;
        prefixHashes[0] = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
            prefixHashes[i - start + 1] = hash;
        }
    }

    /**
     * {@link String#hashCode()} of form {@code f}'s key, its tail and all: as {@link SpanMap#hash} of its span would
     * be (the hash of the word's first chars to the span's end, less that of those before the span, shifted by the
     * span's length; int arithmetic wraps alike on both sides).
     */
    int hash(int f) {
        int spanLength = to[f] - from[f];
        int hash = spanLength < POWERS.length
                ? prefixHashes[to[f] - wordStart] - prefixHashes[from[f] - wordStart] * POWERS[spanLength]
                : SpanMap.hash(chars, from[f], to[f]);
        return (flags[f] & PLURAL) != 0 ? SpanMap.withTail(hash, 'ه') : hash;
    }

    /** How many forms the word read has. */
    int count() {
        return count;
    }

    /** Where form {@code f} starts in the folded text. */
    int from(int f) {
        return from[f];
    }

    /** Where the span of form {@code f} ends in the folded text. */
    int to(int f) {
        return to[f];
    }

    /** The char after the span (ه for a plural's stem), or {@link SpanMap#NO_TAIL}. */
    char tail(int f) {
        return (flags[f] & PLURAL) != 0 ? 'ه' : SpanMap.NO_TAIL;
    }

    /** {@link #ARTICLE}, {@link #SUFFIX}, {@link #PLURAL} of form {@code f}. */
    byte flags(int f) {
        return flags[f];
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /** The word, and then the same word with each suffix it ends with off, where enough of it is left (3 letters). */
    private void addWithSuffixes(int wordFrom, int wordTo, boolean article) {
        byte flag = article ? ARTICLE : 0;
        add(wordFrom, wordTo, flag);
        for (int e = 0; e < endingCount; e++) {
            int suffix = endings[e];
            int stemTo = wordTo - SUFFIX_CHARS[suffix].length;
            if (stemTo - wordFrom > 2) {
                add(wordFrom, stemTo, (byte) (flag | SUFFIX));
                if (suffix == PLURAL_SUFFIX) {
                    add(wordFrom, stemTo, (byte) (flag | SUFFIX | PLURAL));
                }
            }
        }
    }

    /** The suffixes the word ends with: the same for all its readings, whatever comes off its front. */
    private void readEndings(int start, int end) {
        endingCount = 0;
        int last = chars[end - 1] - 0x600;
        int[] candidates = last >= 0 && last < SUFFIXES_ENDING_IN.length ? SUFFIXES_ENDING_IN[last] : null;
        if (candidates != null) {
            for (int suffix : candidates) {
                if (endsWith(start, end, SUFFIX_CHARS[suffix])) {
                    endings[endingCount++] = suffix;
                }
            }
        }
    }

    private boolean endsWith(int start, int end, char[] ending) {
        if (end - start < ending.length) {
            return false;
        }
        for (int k = 0, at = end - ending.length; k < ending.length; k++) {
            if (chars[at + k] != ending[k]) {
                return false;
            }
        }
        return true;
    }

    private void add(int spanFrom, int spanTo, byte flag) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
        }
        from[count] = spanFrom;
        to[count] = spanTo;
        flags[count] = flag;
        count++;
    }
}
