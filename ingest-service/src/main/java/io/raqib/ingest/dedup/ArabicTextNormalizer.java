package io.raqib.ingest.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Folds Arabic text to the form two outlets' copies of one story share, whatever their spelling habits.
 *
 * <p>Outlets differ in hamza seats (أ إ آ ٱ all written ا), final ta marbuta and ya (ة/ه, ى/ي), vowel marks,
 * tatweel used for justification, digit script and punctuation; none of that makes a different story. The fold is
 * for comparison only and is deliberately lossy (ة→ه merges a few words); it never reaches a reader.
 *
 * <p>Every article is folded once on its way in, so the fold is written for speed: chars up to the end of the Arabic
 * block are looked up in a table made at start by the very rules that fold any other code point ({@link #foldOne}),
 * and the words are written into one {@code char[]}. The output is the same as code point by code point through a
 * {@code StringBuilder}, which the first version did (the test keeps it as {@code ArabicTextNormalizerReference}).
 */
public final class ArabicTextNormalizer {

    /** Basic Latin to the Arabic block: what news copy is made of. Other code points take the general way. */
    private static final int TABLE_SIZE = 0x0700;
    /** {@link #foldOne}'s answers beside the letter or digit to write: none of them is a code point. */
    private static final int DROPPED = 0x110000;
    private static final int BREAKS_WORDS = 0x110001;
    /** In the table: the char's fold is not one BMP char, so it goes the general way. */
    private static final int GENERAL = 0x110002;
    /** In the table, beside the fold: a text of such chars alone folds as its NFKC does ({@link #isNfkcInert}). */
    private static final int NFKC_INERT = 1 << 24;
    private static final int FOLD_MASK = NFKC_INERT - 1;
    private static final int[] TABLE = new int[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            int folded = foldOne(c);
            boolean oneBmpChar = folded == DROPPED || folded == BREAKS_WORDS || folded <= Character.MAX_VALUE;
            TABLE[c] = (oneBmpChar ? folded : GENERAL) | (isNfkcInert(c) ? NFKC_INERT : 0);
        }
    }

    private ArabicTextNormalizer() {
    }

    /** Folded, lower-cased words separated by single spaces; punctuation and marks gone. */
    public static String normalize(String text) {
        // NFKC first: it turns Arabic presentation forms (ﻻ, ﺍ …) from old PDFs and scrapers into plain letters.
        // Most text is NFKC already, so the fold starts on the text as it is, and asks only once it meets a char
        // NFKC might change; when the text is not NFKC after all, the fold starts again on its NFKC.
        String folded = fold(text, true);
        return folded != null ? folded : fold(Normalizer.normalize(text, Normalizer.Form.NFKC), false);
    }

    /** The words of {@link #normalize(String)}. */
    public static List<String> tokens(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /**
     * @param checkNfkc whether the text may still be other than NFKC
     * @return the folded text; null when the text turned out not to be NFKC
     */
    private static String fold(String text, boolean checkNfkc) {
        int length = text.length();
        // The text's length is enough: a space stands for at least one char that broke words and wrote nothing, and
        // a char writes no more chars than it is. Room is checked all the same: Unicode does not promise the latter.
        char[] out = new char[length];
        int written = 0;
        boolean spacePending = false;
        boolean nfkcKnown = !checkNfkc;
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            int entry = c < TABLE_SIZE ? TABLE[c] : GENERAL;
            if ((entry & NFKC_INERT) == 0 && !nfkcKnown) {
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
                    return null;
                }
                nfkcKnown = true;
            }
            int folded = entry & FOLD_MASK;
            if (folded == GENERAL) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                folded = foldOne(codePoint);
            } else {
                i++;
            }
            if (folded == DROPPED) {
                continue; // inside a word: no word break
            }
            if (folded == BREAKS_WORDS) {
                spacePending = true; // punctuation, symbols and white space all break words
                continue;
            }
            if (written + 3 > out.length) {
                out = Arrays.copyOf(out, out.length + 16);
            }
            if (spacePending && written > 0) {
                out[written++] = ' ';
            }
            spacePending = false;
            written += Character.toChars(folded, out, written);
        }
        return new String(out, 0, written);
    }

    /** What the fold makes of one code point: the letter or digit to write, lower-cased, or DROPPED or BREAKS_WORDS. */
    private static int foldOne(int codePoint) {
        if (isDropped(codePoint)) {
            return DROPPED;
        }
        int folded = fold(codePoint);
        return Character.isLetterOrDigit(folded) ? Character.toLowerCase(folded) : BREAKS_WORDS;
    }

    /**
     * Chars that NFKC leaves alone but for the order of vowel marks, which the fold drops: a text of them alone folds
     * as its NFKC would, so it needs no NFKC check. They are ASCII, the Arabic letters (with the hamza seats and
     * madda), tatweel, the eight vowel marks fathatan to sukun, Arabic-Indic digits and the Arabic comma, semicolon
     * and question mark. None has a compatibility decomposition. أ إ آ ؤ ئ decompose into a letter and a hamza or
     * madda mark (U+0653–U+0655, combining class 230), and composition puts it back: the only chars that can stand
     * between them are vowel marks, of classes 27 to 34, which block nothing. Vowel marks compose with nothing, and
     * no two of the others compose. NFKC sorts a run of vowel marks by class (a shadda before a fatha swaps), and
     * that is all it does to such a text. The test folds every pair of them, and every three of the Arabic ones.
     */
    static boolean isNfkcInert(char c) {
        return c < 0x80 || c >= 0x0621 && c <= 0x063A || c >= 0x0640 && c <= 0x0652 || c >= 0x0660 && c <= 0x0669
                || c == '،' || c == '؛' || c == '؟';
    }

    /** Vowel marks, Quranic signs, tatweel, other combining marks and invisible joiners. */
    private static boolean isDropped(int c) {
        if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c >= 0x0610 && c <= 0x061A
                || c >= 0x06D6 && c <= 0x06ED) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static int fold(int c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ', 'ی' -> 'ي'; // ی: Persian ya, common in text typed on Persian keyboards
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك'; // Persian keheh
            default -> arabicIndicDigit(c);
        };
    }

    private static int arabicIndicDigit(int c) {
        if (c >= 0x0660 && c <= 0x0669) {
            return '0' + c - 0x0660;
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return '0' + c - 0x06F0;
        }
        return c;
    }
}
