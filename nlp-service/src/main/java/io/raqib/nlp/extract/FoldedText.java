package io.raqib.nlp.extract;

/**
 * Arabic text folded for matching, with the way back: every character of {@link #text()} knows where it stood in
 * the original, so whatever is found in the folded text is reported at its original offsets.
 * <p>
 * Folded: alef variants (أ إ آ ٱ) to ا, taa marbuta to ه, alef maqsura to ي, hamza carriers (ؤ ئ) to و ي,
 * Arabic-Indic and Persian digits to ASCII, Latin to lower case. Dropped: diacritics (harakat, tanween, shadda,
 * sukun, dagger alef) and tatweel, which news sites insert at will.
 */
public final class FoldedText {

    private final String original;
    private final String text;
    private final int[] originalIndex;

    private FoldedText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    public static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] index = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (dropped(c)) {
                continue;
            }
            index[folded.length()] = i;
            folded.append(fold(c));
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

    private static boolean dropped(char c) {
        return c == '\u0640' // tatweel
                || (c >= '\u064B' && c <= '\u065F') // harakat, tanween, shadda, sukun
                || c == '\u0670'; // dagger alef
    }

    private static char fold(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ة':
                return 'ه';
            case 'ى', 'ئ':
                return 'ي';
            case 'ؤ':
                return 'و';
            default:
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) ('0' + c - '\u0660');
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return (char) ('0' + c - '\u06F0');
                }
                return Character.toLowerCase(c);
        }
    }
}
