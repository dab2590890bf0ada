package io.raqib.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the duplicate index knows of an article's text: an exact hash and a near-duplicate sketch, both of the
 * {@linkplain ArabicTextNormalizer folded} words.
 *
 * <p><b>Why MinHash over 3-word shingles and not SimHash.</b> The question asked is "is this the same wire story
 * with a headline changed, a sentence added or a paragraph cut?", which is a question about the share of shared
 * word sequences: Jaccard similarity of shingle sets. MinHash estimates exactly that quantity, so the threshold
 * reads as a plain fraction (0.7 = 70% of 3-word sequences shared), and LSH banding of its values gives a candidate
 * lookup whose recall at a given similarity is computable. SimHash compresses to 64 bits, but its Hamming distance
 * tracks cosine similarity of weighted features, on 120–250-word texts it moves in coarse steps, and a sub-linear
 * lookup needs several permuted tables anyway, so the memory advantage shrinks. Three-word shingles: single words
 * would make every border-infiltration story look alike (same vocabulary), longer shingles would let each small edit
 * destroy too many of them.
 *
 * @param contentHash  SHA-256 (hex) of the normalised text; null when the text has no words
 * @param shingleCount distinct 3-word shingles; 0 for no words
 * @param minHash      {@value MinHash#SIZE} MinHash values of the shingles
 */
public record TextFingerprint(String contentHash, int shingleCount, int[] minHash) {

    /** Words per shingle. Changing it (or the MinHash functions) invalidates persisted sketches. */
    public static final int SHINGLE_WORDS = 3;
    /** Sketch format version, written with every persisted sketch. */
    public static final int SKETCH_VERSION = 1;

    public TextFingerprint {
        if (minHash.length != MinHash.SIZE) {
            throw new IllegalArgumentException("a sketch has " + MinHash.SIZE + " values, not " + minHash.length);
        }
        minHash = minHash.clone();
    }

    /** A null text is no words. */
    public static TextFingerprint of(String text) {
        String normalized = ArabicTextNormalizer.normalize(text == null ? "" : text);
        long[] shingles = WordShingles.hashes(normalized, SHINGLE_WORDS);
        return new TextFingerprint(hashOfWords(normalized), shingles.length, MinHash.sketch(shingles));
    }

    /**
     * The hash of the words joined by single spaces, which is what the normalised text is: hashed as it is, not
     * split and joined again.
     */
    private static String hashOfWords(String normalized) {
        return normalized.isEmpty() ? null : sha256(normalized);
    }

    /** No words: nothing to compare, neither exactly nor nearly. */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    /** Estimated Jaccard similarity of the two shingle sets, 0 when either text is empty. */
    public double jaccard(TextFingerprint other) {
        return isEmpty() || other.isEmpty() ? 0 : MinHash.estimateJaccard(minHash, other.minHash);
    }

    /**
     * Estimated share of the smaller text's shingles that the larger one also has: near 1 when one outlet ran a
     * trimmed copy of the other's story, though their Jaccard is low. Derived from the Jaccard estimate and the set
     * sizes: |A∩B| = J (|A| + |B|) / (1 + J).
     */
    public double containment(TextFingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        double jaccard = jaccard(other);
        double shared = jaccard * (shingleCount + other.shingleCount) / (1 + jaccard);
        return Math.min(1, shared / Math.min(shingleCount, other.shingleCount));
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    int minHashAt(int position) {
        return minHash[position];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextFingerprint that && shingleCount == that.shingleCount
                && Objects.equals(contentHash, that.contentHash) && Arrays.equals(minHash, that.minHash);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(contentHash, shingleCount) + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "TextFingerprint[contentHash=" + contentHash + ", shingleCount=" + shingleCount + "]";
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
