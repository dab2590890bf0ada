package io.raqib.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The first, minimal cleaning every article gets: Unicode NFC (Arabic stays Arabic), no control characters,
 * white space folded within lines, paragraphs kept as one blank line between them.
 */
final class TextCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*(\\n\\s*)+");
    private static final Pattern LINE_BREAK = Pattern.compile(" *\\n *");

    private TextCleaner() {
    }

    static String clean(String text) {
        String nfc = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        String noControl = CONTROL.matcher(nfc).replaceAll("");
        String spaced = SPACES.matcher(noControl).replaceAll(" ");
        String paragraphs = PARAGRAPH_BREAK.matcher(spaced).replaceAll("\n\n");
        return LINE_BREAK.matcher(paragraphs).replaceAll("\n").strip();
    }

    /** One line: titles, sources. */
    static String cleanLine(String text) {
        return clean(text).replace('\n', ' ');
    }
}
