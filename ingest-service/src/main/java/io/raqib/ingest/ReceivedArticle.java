package io.raqib.ingest;

import java.util.Objects;

import io.raqib.ingest.dedup.TextFingerprint;
import io.raqib.schemas.RawArticle;

/**
 * An article as {@link ArticleFactory} made it from a submission, with the fingerprint of its body. The factory needs
 * the folded body for the content hash and the dedup gate needs it for the sketch: made once and carried here, the
 * body is folded once (the content hash alone, folding it a second time, was a tenth of ingest's CPU at 400/s).
 *
 * @param article         the record to publish; its content hash is the fingerprint's
 * @param bodyFingerprint {@code TextFingerprint.of(article.getBody())}
 */
public record ReceivedArticle(RawArticle article, TextFingerprint bodyFingerprint) {

    public ReceivedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(bodyFingerprint, "bodyFingerprint");
    }
}
