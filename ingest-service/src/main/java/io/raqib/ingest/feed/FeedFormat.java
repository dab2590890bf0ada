package io.raqib.ingest.feed;

/** The syndication formats {@link FeedParser} reads. */
public enum FeedFormat {
    /** RSS 0.9x and 2.0: {@code <rss><channel><item>}. */
    RSS_2,
    /** RSS 1.0: {@code <rdf:RDF>} with items beside the channel. */
    RSS_1,
    /** Atom 1.0 (and the old 0.3): {@code <feed><entry>}. */
    ATOM
}
