package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The normaliser folds every text exactly as {@link ArabicTextNormalizerReference}, the first, plainer version, did:
 * content hashes and sketches are persisted and compared across versions, so a faster fold must not change one char.
 */
class ArabicTextNormalizerEquivalenceTest {

    /** What wire copy, scrapers, old PDFs and keyboards put into Arabic text, grouped as the fold treats it. */
    private static final String[] POOLS = {
        range(0x0621, 0x064A), // letters, with the hamza seats, ta marbuta and alef maqsura
        "أإآٱٲٳةىئیؤکپچژگۀەۓ", // folded letters, Persian and Kurdish ones
        range(0x064B, 0x065F) + "\u0670\u0640" + range(0x0610, 0x061A) + range(0x06D6, 0x06ED), // marks, tatweel
        range(0x0660, 0x0669) + range(0x06F0, 0x06F9) + "0123456789", // digits of three scripts
        range(0xFB50, 0xFBB1) + range(0xFE70, 0xFEFC) + "ﷲﷺ﷽", // presentation forms and ligatures
        "ABCXYZabcxyzÉéÀßİıŞşǅẞΣσςЖж", // Latin and others, mixed case
        "ﬁﬂＡｚ１①²½™㎞", // compatibility characters that NFKC rewrites
        " \t\n\r\u00A0\u2003\u3000.,:;!?\"'()[]-_/«»“”‘’—–…،؛؟٪٫٬۔", // white space and punctuation
        "\u200C\u200D\u200E\u200F\u202B\u202C\u2066\u2069\uFEFF\u00AD", // joiners, direction marks, BOM, soft hyphen
        "\u0301\u0308\u0327\u0654\u0653\u0655\u05B7", // combining marks, the Arabic ones as decomposed hamza and madda
        "\uD83D\uDE00\uD83C\uDDEE\uD83C\uDDF6\uD835\uDC00\uD835\uDFCE\uD840\uDC00", // emoji, flags, math letters, CJK
        "\uD800\uDC00\uDBFF\uDFFF\uD83D", // surrogates, taken one by one: often unpaired (LONE_SURROGATES)
        "가각각", // Hangul, which NFKC composes
    };

    private static final int LONE_SURROGATES = 11;

    @Test
    void everyBmpCharFoldsAsBefore() {
        IntStream.rangeClosed(0, 0xFFFF).forEach(c -> {
            String ch = String.valueOf((char) c);
            for (String text : new String[] {ch, "ب" + ch + "ب", "A" + ch + "a", " " + ch + " ، ٣" + ch, ch + ch}) {
                assertFoldsAsBefore(text);
            }
        });
    }

    @Test
    void supplementaryCodePointsFoldAsBefore() {
        for (int c = 0x10000; c <= 0x10FFFF; c += 7) {
            assertFoldsAsBefore("قال " + Character.toString(c) + "ب" + Character.toString(c));
        }
    }

    @Test
    void mixedTextsFoldAsBefore() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int n = 0; n < 30_000; n++) {
            assertFoldsAsBefore(text(random));
        }
    }

    /**
     * A text of the chars {@link ArabicTextNormalizer#isNfkcInert} names is folded without asking whether it is NFKC:
     * every two of them, and every three of the Arabic ones and a few ASCII, fold as the reference folds them (NFKC
     * first); without vowel marks, every two of them are NFKC as they stand.
     */
    @Test
    void textsOfCharsTakenAsNfkcInertFoldAsTheirNfkc() {
        StringBuilder inert = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (ArabicTextNormalizer.isNfkcInert(c)) {
                inert.append(c);
            }
        }
        assertEquals(128 + 26 + 19 + 10 + 3, inert.length(), inert::toString);
        for (int i = 0; i < inert.length(); i++) {
            for (int j = 0; j < inert.length(); j++) {
                assertFoldsAsBefore("" + inert.charAt(i) + inert.charAt(j));
            }
        }
        String arabic = inert.substring(128) + " a1\n";
        for (int i = 0; i < arabic.length(); i++) {
            for (int j = 0; j < arabic.length(); j++) {
                for (int k = 0; k < arabic.length(); k++) {
                    assertFoldsAsBefore("" + arabic.charAt(i) + arabic.charAt(j) + arabic.charAt(k));
                }
            }
        }
        String unmarked = inert.toString().replaceAll("[\u064B-\u0652]", "");
        for (int i = 0; i < unmarked.length(); i++) {
            for (int j = 0; j < unmarked.length(); j++) {
                String two = "" + unmarked.charAt(i) + unmarked.charAt(j);
                assertTrue(Normalizer.isNormalized(two, Normalizer.Form.NFKC), two);
            }
        }
    }

    @Test
    void theCorpusFoldsAsBefore() {
        for (CorpusArticle article : DuplicateIndexTest.CORPUS) {
            assertFoldsAsBefore(article.title());
            assertFoldsAsBefore(article.body());
        }
    }

    /**
     * Words of plain Arabic, most of them, and now and then a char of another pool: at most a few hundred chars, so
     * that one odd char decides a text's way through the normaliser.
     */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(0, 40);
        int oddity = random.nextInt(1, 6); // how often a char comes from another pool: 1 in 2 .. 1 in 30
        for (int w = 0; w < words; w++) {
            int letters = random.nextInt(1, 9);
            for (int i = 0; i < letters; i++) {
                int p = random.nextInt(oddity * oddity + 1) == 0 ? random.nextInt(POOLS.length) : 0;
                String pool = POOLS[p];
                int at = random.nextInt(pool.length());
                if (p == LONE_SURROGATES || !Character.isSurrogate(pool.charAt(at))) {
                    text.append(pool.charAt(at));
                } else { // a pair stays whole
                    int start = Character.isHighSurrogate(pool.charAt(at)) ? at : at - 1;
                    text.append(pool, start, start + 2);
                }
            }
            text.append(random.nextInt(8) == 0 ? "، " : random.nextInt(12) == 0 ? ".\n\n" : " ");
        }
        return text.toString();
    }

    private static void assertFoldsAsBefore(String text) {
        assertEquals(ArabicTextNormalizerReference.normalize(text), ArabicTextNormalizer.normalize(text),
                () -> text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }

    private static String range(int first, int last) {
        StringBuilder chars = new StringBuilder();
        for (int c = first; c <= last; c++) {
            chars.append((char) c);
        }
        return chars.toString();
    }
}
