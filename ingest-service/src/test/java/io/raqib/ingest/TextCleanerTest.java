package io.raqib.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-pass cleaner against the regular expressions it replaced: the same text out for the same text in. */
class TextCleanerTest {

    /** The cleaning as it was written before it became one pass: the rules' reference. */
    private static final class RegexCleaner {
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
        private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
        private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*(\\n\\s*)+");
        private static final Pattern LINE_BREAK = Pattern.compile(" *\\n *");

        static String clean(String text) {
            String nfc = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
            String noControl = CONTROL.matcher(nfc).replaceAll("");
            String spaced = SPACES.matcher(noControl).replaceAll(" ");
            String paragraphs = PARAGRAPH_BREAK.matcher(spaced).replaceAll("\n\n");
            return LINE_BREAK.matcher(paragraphs).replaceAll("\n").strip();
        }
    }

    /** Letters, marks that compose or not, every kind of space and break, controls, invisibles, astral characters. */
    private static final String[] PIECES = {
            "قال", "الوزير", "كركوك", "داعـــش", "مُسَلَّحُونَ", "ﻻ", "٢٠٢٤", "abc", "e\u0301", "a\u0308", "\u0627\u0653",
            "\u0627\u0654", "\u1100\u1161", "\uD83D\uDE00", "\uD835\uDC00", "،", ".", "«", "»",
            " ", "  ", "\t", "\u00A0", "\u2002", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000",
            "\n", "\n\n", "\n \n", " \n ", "\r", "\r\n", "\r\n\r\n", "\n\n\n",
            "\u0000", "\u0001", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u009F",
            "\u200B", "\uFEFF", "\u200C", "\u200D", "\u200E", "\u2028", "\u2029", "\u1680", "\u0301", "\u064B" };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spaces folded within a line    | 'a  \t\u00A0b'
            paragraphs kept as one blank   | 'a\r\n\r\n\r\n  b'
            a single break kept            | 'a  \n  b'
            controls and invisibles gone   | 'a\u0001\u200B b\uFEFF'
            a control between spaces       | 'a \u0001\n \u0002\n b'
            composed after NFC             | 'e\u0301 a\u0308'
            not composed across a control  | 'e\u0001\u0301'
            stripped at both ends          | ' \n\u2028 a \u2029\n '
            lone CR                        | 'a\rb\r\rc'
            """)
    void cleansAsTheRegularExpressionsDid(String name, String text) {
        assertEquals(RegexCleaner.clean(text), TextCleaner.clean(text));
    }

    @Test
    void cleansGeneratedTextsAsTheRegularExpressionsDid() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(1, 40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertEquals(RegexCleaner.clean(input), TextCleaner.clean(input), () -> "for " + escaped(input));
            assertEquals(RegexCleaner.clean(input).replace('\n', ' '), TextCleaner.cleanLine(input));
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
