package io.raqib.nlp.extract;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Arabic text folded for matching, with the way back: every character of {@link #text()} knows where it stood in
 * the original, so whatever is found in the folded text is reported at its original offsets.
 * <p>
 * Folded the way Lucene's {@link ArabicNormalizer} folds (alef variants to ا, taa marbuta to ه, alef maqsura to ي;
 * harakat, tanween, shadda, sukun and tatweel dropped), applied one character at a time so that every offset
 * survives; then what Lucene leaves alone: alef wasla, hamza carriers (ؤ ئ), Quranic marks and the dagger alef,
 * every Unicode decimal digit to ASCII (as Lucene's DecimalDigitFilter does), Latin to lower case.
 */
public final class FoldedText {

    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    private final String original;
    private final String text;
    /** The folded chars (the first {@code text.length()} of them), for the loops that read every word. */
    private final char[] chars;
    private final int[] originalIndex;
    private java.util.List<Tokens.Token> tokens;
    /** The words found in each phrase table asked about (the extractor's, a matcher's of its own): one or two. */
    private Object[] hitTables = new Object[2];
    private PhraseGroup.Hits[] hits = new PhraseGroup.Hits[2];

    private FoldedText(String original, String text, char[] chars, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.chars = chars;
        this.originalIndex = originalIndex;
    }

    /**
     * What each UTF-16 char folds to, worked out once by the functions below ({@link #FOLDED} and {@link #DROPPED}):
     * folding is a function of one char at a time, and this runs for every char of every article.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    /** The chars that fold to nothing (harakat, tatweel, Quranic marks), one bit each. */
    private static final long[] DROPPED = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        char[] one = new char[1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            if (LUCENE.normalize(one, 1) == 0 || dropped(one[0])) {
                DROPPED[c >>> 6] |= 1L << c;
            } else {
                FOLDED[c] = fold(one[0]);
            }
        }
    }

    public static FoldedText of(String original) {
        int length = original.length();
        char[] folded = new char[length];
        int[] index = new int[length + 1];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = original.charAt(i);
            if ((DROPPED[c >>> 6] & 1L << c) != 0) {
                continue;
            }
            index[n] = i;
            folded[n++] = FOLDED[c];
        }
        index[n] = length;
        return new FoldedText(original, new String(folded, 0, n), folded, index);
    }

    /** Folds a phrase the same way as the text it will be matched against (without the way back). */
    public static String fold(String phrase) {
        char[] folded = new char[phrase.length()];
        int n = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if ((DROPPED[c >>> 6] & 1L << c) == 0) {
                folded[n++] = FOLDED[c];
            }
        }
        return new String(folded, 0, n);
    }

    public String text() {
        return text;
    }

    /** The folded chars, {@code text().length()} of them (the array may be longer): read, never written. */
    char[] chars() {
        return chars;
    }

    /** The folded text's words, numbers and punctuation, cut once and shared by every finder. */
    java.util.List<Tokens.Token> tokens() {
        if (tokens == null) {
            tokens = Tokens.of(chars, text.length());
        }
        return tokens;
    }

    public String original() {
        return original;
    }

    /** Offset in the original text of the folded character at {@code foldedOffset}. */
    public int start(int foldedOffset) {
        return originalIndex[foldedOffset];
    }

    /** Exclusive end in the original text of a folded span ending (exclusive) at {@code foldedEnd}. */
    public int end(int foldedEnd) {
        return foldedEnd == 0 ? 0 : originalIndex[foldedEnd - 1] + 1;
    }

    /** The words of this text found in {@code table}, worked out by {@code lookUp} once per table. */
    PhraseGroup.Hits hits(Object table, java.util.function.Supplier<PhraseGroup.Hits> lookUp) {
        int slot = 0;
        while (slot < hitTables.length && hitTables[slot] != null) {
            if (hitTables[slot] == table) {
                return hits[slot];
            }
            slot++;
        }
        if (slot == hitTables.length) {
            hitTables = java.util.Arrays.copyOf(hitTables, slot * 2);
            hits = java.util.Arrays.copyOf(hits, slot * 2);
        }
        hitTables[slot] = table;
        hits[slot] = lookUp.get();
        return hits[slot];
    }

    /** The folded offset of the first folded character at or after {@code originalOffset}. */
    public int foldedOffset(int originalOffset) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (originalIndex[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean dropped(char c) {
        return (c >= '\u0653' && c <= '\u065F') // maddah, hamza marks, subscript alef and other Quranic marks
                || c == '\u0670'; // dagger alef
    }

    private static char fold(char c) {
        switch (c) {
            case 'ٱ':
                return 'ا';
            case 'ئ':
                return 'ي';
            case 'ؤ':
                return 'و';
            default:
                int digit = Character.digit(c, 10);
                return digit >= 0 ? (char) ('0' + digit) : Character.toLowerCase(c);
        }
    }
}
