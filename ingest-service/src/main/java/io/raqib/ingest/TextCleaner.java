package io.raqib.ingest;

import java.text.Normalizer;

/**
 * The first, minimal cleaning every article gets: Unicode NFC (Arabic stays Arabic), no control characters,
 * white space folded within lines, paragraphs kept as one blank line between them.
 *
 * <p>One pass over the characters after NFC, not one regular expression per rule: every article of every request
 * comes through here, and four {@code replaceAll}s meant four copies of a 3 KB text. The rules, in the order they
 * used to be applied (TextCleanerTest checks the pass against them on generated texts):
 * <ol>
 *   <li>CR LF and lone CR become LF;</li>
 *   <li>NFC;</li>
 *   <li>control characters other than LF and tab, ZERO WIDTH SPACE and BOM are dropped (after NFC, so a mark
 *       behind a dropped character is not composed);</li>
 *   <li>a run of white space (tab, space, no-break and typographic spaces, LF) holding two or more LFs becomes one
 *       blank line, one holding a single LF becomes that LF, one without LF a single space;</li>
 *   <li>white space at both ends is stripped.</li>
 * </ol>
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    public static String clean(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean inSpace = false;
        int lineBreaks = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue; // CR LF: the LF counts
                }
                c = '\n';
            }
            if (isDropped(c)) {
                continue; // gone before spaces are folded: "a \u0001 b" has one run of space
            }
            if (c == '\n' || isSpace(c)) {
                inSpace = true;
                if (c == '\n') {
                    lineBreaks++;
                }
                continue;
            }
            if (inSpace) {
                out.append(lineBreaks >= 2 ? "\n\n" : lineBreaks == 1 ? "\n" : " ");
                inSpace = false;
                lineBreaks = 0;
            }
            out.append(c);
        }
        if (inSpace) {
            out.append(lineBreaks >= 2 ? "\n\n" : lineBreaks == 1 ? "\n" : " ");
        }
        return out.toString().strip();
    }

    /** One line: titles, sources. */
    public static String cleanLine(String text) {
        return clean(text).replace('\n', ' ');
    }

    /** Control characters but LF and tab (CR is read as LF before), ZERO WIDTH SPACE and BOM. */
    private static boolean isDropped(char c) {
        return (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') || c == '\u200B' || c == '\uFEFF';
    }

    /** Tab, space, no-break space and the typographic spaces; not LF, which counts apart. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
