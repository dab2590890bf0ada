package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFingerprintTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alef with hamza above       | أحمد                  | احمد
            alef with hamza below       | إرهاب                 | ارهاب
            alef with madda             | آلاف                  | الاف
            alef wasla                  | ٱلحدود                | الحدود
            ta marbuta                  | مدينة                 | مدينه
            alef maqsura                | مستشفى                | مستشفي
            waw with hamza              | مؤتمر                 | موتمر
            ya with hamza               | رئيس                  | رييس
            Persian ya and keheh        | کرکوک ی               | كركوك ي
            vowel marks                 | مُسَلَّحُونَ               | مسلحون
            dagger alef                 | هٰذا                  | هذا
            tatweel                     | داعـــش               | داعش
            Arabic-Indic digits         | ٢٠٢٤                  | 2024
            Persian digits              | ۱۲ قتيلا              | 12 قتيلا
            punctuation                 | 'قال: «نعم»، ثم؟ (انتهى)' | قال نعم ثم انتهي
            white space                 | ' أ \t\n  ب  '        | ا ب
            Latin lower-cased           | ISIS F-16             | isis f 16
            presentation forms          | ﻻ ﺍﻟﺤﺪﻭﺩ               | لا الحدود
            zero-width non-joiner       | حر\u200Cس                   | حرس
            decomposed hamza            | ا\u0654من                  | امن
            """)
    void folds(String name, String text, String normalized) {
        assertEquals(normalized, ArabicTextNormalizer.normalize(text));
    }

    @Test
    void splitsIntoWords() {
        assertEquals(List.of("قتل", "3", "مسلحين", "في", "الانبار"),
                ArabicTextNormalizer.tokens("قُتل ٣ مسلحين، في الأنبار."));
        assertEquals(List.of(), ArabicTextNormalizer.tokens(" ، . "));
    }

    @Test
    void spellingAndLayoutDoNotChangeTheContentHash() {
        TextFingerprint a = TextFingerprint.of("أعلنت وزارة الداخلية فرار ١٢ سجيناً من سجن القلعة.\n\nوقال المتحدث إن البحث مستمر.");
        TextFingerprint b = TextFingerprint.of("اعلنت وزارة الداخليه فرار 12 سجينا من سجن القلعه، وقال المتحدث: ان البحث مستمر");
        assertEquals(a.contentHash(), b.contentHash());
        assertEquals(a, b);
        assertEquals(1.0, a.jaccard(b));
        assertNotEquals(a.contentHash(), TextFingerprint.of("أعلنت وزارة الداخلية فرار ١٣ سجيناً من سجن القلعة").contentHash());
    }

    @Test
    void contentHashIsSha256OfTheNormalisedText() {
        assertEquals(TextFingerprint.sha256("سجن القلعه"), TextFingerprint.of("سِجنُ القلعة!").contentHash());
        assertEquals(64, TextFingerprint.of("نص").contentHash().length());
    }

    @Test
    void anEmptyTextHasNothingToCompare() {
        TextFingerprint empty = TextFingerprint.of("  ،  ");
        assertTrue(empty.isEmpty());
        assertNull(empty.contentHash());
        assertEquals(0, empty.jaccard(empty));
        assertEquals(0, empty.containment(TextFingerprint.of("نص قصير هنا")));
    }

    @Test
    void aShortTextIsOneShingle() {
        TextFingerprint flash = TextFingerprint.of("عاجل: انفجار");
        assertEquals(1, flash.shingleCount());
        assertEquals(1.0, flash.jaccard(TextFingerprint.of("عاجل انفجار")));
    }

    @Test
    void theSketchEstimatesTheTrueJaccard() {
        List<CorpusArticle> corpus = CorpusArticle.load();
        for (int i = 0; i < corpus.size(); i += 3) {
            for (int j = i + 1; j < corpus.size(); j += 5) {
                String a = corpus.get(i).body();
                String b = corpus.get(j).body();
                double truth = trueJaccard(a, b);
                double estimate = TextFingerprint.of(a).jaccard(TextFingerprint.of(b));
                // 128 values: standard error at most 0.045, so 0.15 is over three of them
                assertEquals(truth, estimate, 0.15, corpus.get(i).key() + " ~ " + corpus.get(j).key());
            }
        }
    }

    @Test
    void containmentSeesATrimmedCopy() {
        String story = CorpusArticle.load().get(0).body();
        String firstTwoParagraphs = String.join("\n\n", Arrays.asList(story.split("\n\n")).subList(0, 2));
        TextFingerprint whole = TextFingerprint.of(story);
        TextFingerprint trimmed = TextFingerprint.of(firstTwoParagraphs);
        assertTrue(whole.jaccard(trimmed) < 0.7, "Jaccard alone is moderate: " + whole.jaccard(trimmed));
        assertTrue(whole.containment(trimmed) > 0.85, "containment is near 1: " + whole.containment(trimmed));
    }

    @Test
    void sketchesAreStableBecauseTheyArePersisted() {
        // If this fails, the shingling or the MinHash functions changed: persisted index state no longer compares
        // with new sketches. Bump TextFingerprint.SKETCH_VERSION and then update these values.
        int[] sketch = TextFingerprint.of("أحبطت قوات حرس الحدود محاولة تسلل").minHash();
        assertArrayEquals(new int[] {81906109, 819178127, 252947593}, Arrays.copyOf(sketch, 3));
    }

    private static double trueJaccard(String a, String b) {
        long[] x = WordShingles.hashes(ArabicTextNormalizer.tokens(a), TextFingerprint.SHINGLE_WORDS);
        long[] y = WordShingles.hashes(ArabicTextNormalizer.tokens(b), TextFingerprint.SHINGLE_WORDS);
        Arrays.sort(y);
        long shared = Arrays.stream(x).filter(v -> Arrays.binarySearch(y, v) >= 0).count();
        return shared / (double) (x.length + y.length - shared);
    }
}
