package io.raqib.alert;

import java.util.List;

import io.raqib.schemas.TopicMention;

/**
 * A mention as the window counts take it: its article and outlets as fingerprints, and the article as the evidence
 * keeps it, encoded. Made once per mention and shared by every horizon's count, which each took it from the mention
 * themselves before (the same fingerprints and encoding, once per horizon).
 *
 * @param article  the article id's fingerprint
 * @param outlets  the fingerprints of the outlet and of the others that carried the story
 * @param evidence the article as {@link Evidence} keeps it
 */
record MentionDigest(int article, int[] outlets, byte[] evidence) {

    static MentionDigest of(TopicMention mention) {
        List<String> others = mention.getAlsoReportedBy();
        int[] outlets = new int[1 + others.size()];
        outlets[0] = FingerprintSet.fingerprint(mention.getSource());
        for (int i = 0; i < others.size(); i++) {
            outlets[i + 1] = FingerprintSet.fingerprint(others.get(i));
        }
        return new MentionDigest(FingerprintSet.fingerprint(mention.getArticleId()), outlets,
                Evidence.encode(Evidence.Article.of(mention)));
    }
}
