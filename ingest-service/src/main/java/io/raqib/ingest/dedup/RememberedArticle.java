package io.raqib.ingest.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One remembered article: the unit of the index's persisted state (one record per key in a compacted topic or a
 * Streams key-value store, key = {@code id}; see {@link DedupStateCodec} for bytes, 600–800 of them).
 *
 * @param id             the article id
 * @param canonicalUrl   null when it had none
 * @param outlet         the outlet that published it
 * @param time           its arrival time; the horizon and the capacity evict by it
 * @param fingerprint    content hash and MinHash sketch of its body
 * @param duplicateOf    id of the story's original when this article was itself a duplicate, else null
 * @param alsoReportedBy for an original, the other outlets that carried the story, in order of arrival
 */
public record RememberedArticle(String id, String canonicalUrl, String outlet, Instant time,
        TextFingerprint fingerprint, String duplicateOf, List<String> alsoReportedBy) {

    public RememberedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(fingerprint, "fingerprint");
        alsoReportedBy = List.copyOf(alsoReportedBy);
    }
}
