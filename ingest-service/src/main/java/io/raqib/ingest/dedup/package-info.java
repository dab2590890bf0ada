/**
 * Deduplication of incoming articles: the same article reached by another link, and the same wire story
 * republished by other outlets with small edits. Plain JDK, no framework; the service wires it in.
 *
 * <p>What the service calls, once per article, in arrival order:
 * <pre>{@code
 * DuplicateIndex index = DuplicateIndex.restore(DedupConfig.defaults(), persistedState, listener); // at start
 * Verdict verdict = index.observe(IncomingArticle.withRawUrl(
 *         raw.getId(), raw.getUrl(), raw.getSource(), raw.getBody(), raw.getFetchedAt()));
 * switch (verdict.kind()) {
 *     case NEW -> publish(raw);
 *     case EXACT_DUPLICATE, NEAR_DUPLICATE -> // drop it, or republish verdict.originalId() with
 *             // alsoReportedBy = verdict.alsoReportedBy()
 * }
 * }</pre>
 *
 * <p>What it must persist: the index's state is a set of {@link io.raqib.ingest.dedup.RememberedArticle}s keyed by
 * article id. Mirror it with an {@link io.raqib.ingest.dedup.IndexChangeListener} (put
 * {@link io.raqib.ingest.dedup.DedupStateCodec#encode} on {@code remembered}, a tombstone on {@code forgotten})
 * into a compacted topic or a Streams key-value store, and hand the values back to
 * {@link io.raqib.ingest.dedup.DuplicateIndex#restore} after a restart.
 *
 * <p>Pieces: {@link io.raqib.ingest.dedup.UrlCanonicalizer} (one key per article URL),
 * {@link io.raqib.ingest.dedup.ArabicTextNormalizer} and {@link io.raqib.ingest.dedup.TextFingerprint} (content
 * hash and MinHash sketch of the folded text), {@link io.raqib.ingest.dedup.DuplicateIndex} (bounded memory, LSH
 * lookup).
 */
package io.raqib.ingest.dedup;
