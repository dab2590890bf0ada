package io.raqib.ingest.dates;

/**
 * A text folded so that one pattern matches the many ways the same date is typed, with a map back to the
 * caller's own characters so that matches can be reported where they really are.
 *
 * <p>Folding: Arabic-Indic and Persian digits become ASCII; the alef forms (أ إ آ ٱ) become ا, ى and ئ become
 * ي, ؤ becomes و and ة becomes ه, because writers and keyboards mix them freely ("أبريل"/"ابريل",
 * "يونيو"/"يونيه"); diacritics, tatweel and invisible direction marks are dropped; odd spaces become a plain
 * space; Latin letters are lower-cased. Every step works on one character at a time, so nothing here depends
 * on the JVM's locale.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** origin[i] is the index in {@link #original} of folded character i. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        for (int i = 0; i < original.length(); i++) {
            int c = fold(original.charAt(i));
            if (c >= 0) {
                origin[folded.length()] = i;
                folded.append((char) c);
            }
        }
        return new FoldedText(original, folded.toString(), java.util.Arrays.copyOf(origin, folded.length()));
    }

    /** The folded form of a word or phrase, for building dictionaries that match folded text. */
    static String fold(String text) {
        return of(text).folded;
    }

    String folded() {
        return folded;
    }

    String original() {
        return original;
    }

    /** The first folded index whose character comes from {@code originalIndex} or later. */
    int foldedIndex(int originalIndex) {
        int found = java.util.Arrays.binarySearch(origin, originalIndex);
        return found >= 0 ? found : -found - 1;
    }

    /** Index in the original text of the folded character at {@code foldedIndex}. */
    int originalStart(int foldedIndex) {
        return foldedIndex < origin.length ? origin[foldedIndex] : original.length();
    }

    /**
     * Index in the original text just past a match that ends (exclusively) at {@code foldedEnd}. Diacritics
     * that were dropped after the last matched letter still belong to it ("مساءً"), so they are included.
     */
    int originalEnd(int foldedEnd) {
        if (foldedEnd <= 0) {
            return 0;
        }
        int end = origin[foldedEnd - 1] + 1;
        while (end < original.length() && isMark(original.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The original characters behind folded span [start, end). */
    String originalText(int foldedStart, int foldedEnd) {
        return original.substring(originalStart(foldedStart), originalEnd(foldedEnd));
    }

    /** The folded character for {@code c}, or -1 when {@code c} is dropped. */
    private static int fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return '0' + (c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return '0' + (c - '\u06F0');
        }
        if (isMark(c) || isInvisible(c)) {
            return -1;
        }
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627'; // أ إ آ ٱ -> ا
            case '\u0649', '\u0626' -> '\u064A'; // ى ئ -> ي
            case '\u0624' -> '\u0648'; // ؤ -> و
            case '\u0629' -> '\u0647'; // ة -> ه
            case '\u00A0', '\u202F', '\u205F', '\u3000', '\t', '\r' -> ' ';
            default -> c >= '\u2000' && c <= '\u200A' ? ' ' : Character.toLowerCase(c);
        };
    }

    /** Arabic diacritics (harakat, tanween, shadda, sukun, hamza and madda marks), superscript alef, tatweel. */
    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /** Direction marks and zero-width characters that RTL pages sprinkle between a number and its word. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c == '\uFEFF' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
