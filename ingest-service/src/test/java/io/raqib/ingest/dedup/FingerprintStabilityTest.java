package io.raqib.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Sketches are persisted (the compacted dedup topic) and compared with those of articles to come, so the faster
 * fingerprint (words hashed in place, the content hash of the normalised text as it is) must give exactly what the
 * word-list form gave: the same content hash, shingle count and MinHash values, here against that form written out.
 */
class FingerprintStabilityTest {

    /** The fingerprint as computed through the list of words, before it was computed in place. */
    private static TextFingerprint throughWordList(String text) {
        List<String> words = ArabicTextNormalizer.tokens(text);
        long[] wordHashes = words.stream().mapToLong(Hashing::of).toArray();
        long[] shingles;
        if (words.isEmpty()) {
            shingles = new long[0];
        } else {
            int count = Math.max(1, wordHashes.length - TextFingerprint.SHINGLE_WORDS + 1);
            long[] all = new long[count];
            for (int start = 0; start < count; start++) {
                long hash = TextFingerprint.SHINGLE_WORDS;
                for (int k = start; k < Math.min(start + TextFingerprint.SHINGLE_WORDS, wordHashes.length); k++) {
                    hash = Hashing.combine(hash, wordHashes[k]);
                }
                all[start] = hash;
            }
            shingles = java.util.Arrays.stream(all).sorted().distinct().toArray();
        }
        String contentHash = words.isEmpty() ? null : sha256(String.join(" ", words));
        return new TextFingerprint(contentHash, shingles.length, MinHash.sketch(shingles));
    }

    @Test
    void theCorpusGetsTheSameFingerprints() {
        for (CorpusArticle article : DuplicateIndexTest.CORPUS) {
            assertSame(throughWordList(article.body()), TextFingerprint.of(article.body()));
            assertSame(throughWordList(article.title()), TextFingerprint.of(article.title()));
        }
    }

    @Test
    void shortOddAndEmptyTextsGetTheSameFingerprints() {
        String[] words = {"قال", "الوزير", "إن", "٣", "F-16", "ﻻ", "،", " ", "\n", "مُسَلَّحُونَ", "داعـــش", "ISIS",
                "\u200C", "\uD83D\uDE00", "ß", "İ"};
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 12);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertSame(throughWordList(text.toString()), TextFingerprint.of(text.toString()));
        }
    }

    private static void assertSame(TextFingerprint expected, TextFingerprint actual) {
        assertEquals(expected.contentHash(), actual.contentHash());
        assertEquals(expected.shingleCount(), actual.shingleCount());
        assertArrayEquals(expected.minHash(), actual.minHash());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
