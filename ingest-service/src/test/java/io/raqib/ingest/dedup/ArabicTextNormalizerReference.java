package io.raqib.ingest.dedup;

import java.text.Normalizer;

/**
 * {@link ArabicTextNormalizer#normalize} as it was written first, code point by code point through a StringBuilder:
 * the meaning the faster one must keep, char for char. Test code only ({@code ArabicTextNormalizerEquivalenceTest}).
 */
final class ArabicTextNormalizerReference {

    private ArabicTextNormalizerReference() {
    }

    static String normalize(String text) {
        // NFKC first: it turns Arabic presentation forms (ﻻ, ﺍ …) from old PDFs and scrapers into plain letters.
        // The check is cheap and most text passes it: no copy then.
        String compatible = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        boolean spacePending = false;
        for (int i = 0; i < compatible.length(); ) {
            int codePoint = compatible.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isDropped(codePoint)) {
                continue; // inside a word: no word break
            }
            int folded = fold(codePoint);
            if (Character.isLetterOrDigit(folded)) {
                if (spacePending && out.length() > 0) {
                    out.append(' ');
                }
                spacePending = false;
                out.appendCodePoint(Character.toLowerCase(folded));
            } else {
                spacePending = true; // punctuation, symbols and white space all break words
            }
        }
        return out.toString();
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
