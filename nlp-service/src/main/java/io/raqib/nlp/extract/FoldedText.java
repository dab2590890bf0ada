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
    private final int[] originalIndex;
    private java.util.List<Tokens.Token> tokens;
    private java.util.List<PhraseMatcher.Form>[] forms;

    private FoldedText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    public static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] index = new int[original.length() + 1];
        char[] one = new char[1];
        for (int i = 0; i < original.length(); i++) {
            one[0] = original.charAt(i);
            if (LUCENE.normalize(one, 1) == 0 || dropped(one[0])) {
                continue;
            }
            index[folded.length()] = i;
            folded.append(fold(one[0]));
        }
        index[folded.length()] = original.length();
        return new FoldedText(original, folded.toString(), index);
    }

    /** Folds a phrase the same way as the text it will be matched against. */
    public static String fold(String phrase) {
        return of(phrase).text();
    }

    public String text() {
        return text;
    }

    /** The folded text's words, numbers and punctuation, cut once and shared by every finder. */
    java.util.List<Tokens.Token> tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text);
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

    /** The readings of word {@code i} under its clitics and suffixes, worked out once for all matchers. */
    @SuppressWarnings("unchecked")
    java.util.List<PhraseMatcher.Form> forms(int i) {
        if (forms == null) {
            forms = new java.util.List[tokens().size()];
        }
        if (forms[i] == null) {
            forms[i] = PhraseMatcher.forms(tokens.get(i).text());
        }
        return forms[i];
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
