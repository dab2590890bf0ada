package io.raqib.ingest.dedup;

import java.util.List;

/**
 * The index's answer for one incoming article.
 *
 * @param kind           new, or a duplicate of a remembered article
 * @param evidence       what made it a duplicate
 * @param originalId     the first remembered article of the story; null for {@link Kind#NEW}
 * @param similarity     estimated Jaccard similarity of the texts (1 for the same text). For a same-URL duplicate
 *                       below 1 it tells that the article was edited since
 * @param alsoReportedBy the other outlets known to carry the original's story, this one included if it is another
 */
public record Verdict(Kind kind, Evidence evidence, String originalId, double similarity, List<String> alsoReportedBy) {

    public enum Kind { NEW, EXACT_DUPLICATE, NEAR_DUPLICATE }

    public enum Evidence {
        NONE,
        /** the same article id again: a retry */
        SAME_ID,
        /** the same canonical URL */
        SAME_URL,
        /** the same normalised text under another URL */
        SAME_TEXT,
        /** a similar text: shingle Jaccard or containment over the threshold */
        SIMILAR_TEXT
    }

    public Verdict {
        alsoReportedBy = List.copyOf(alsoReportedBy);
    }

    static Verdict newStory() {
        return new Verdict(Kind.NEW, Evidence.NONE, null, 0, List.of());
    }

    public boolean isDuplicate() {
        return kind != Kind.NEW;
    }
}
