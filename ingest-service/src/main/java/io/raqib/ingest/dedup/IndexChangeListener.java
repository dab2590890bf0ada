package io.raqib.ingest.dedup;

/**
 * Told of every change to the index's state, so the service can mirror it into a compacted topic or a Streams
 * store as it happens (put on {@code remembered}, tombstone on {@code forgotten}) instead of writing whole
 * snapshots. Called synchronously from {@link DuplicateIndex#observe}.
 */
public interface IndexChangeListener {

    IndexChangeListener NONE = new IndexChangeListener() {
        @Override
        public void remembered(RememberedArticle article) {
        }

        @Override
        public void forgotten(String id) {
        }
    };

    /** A new article was remembered, or a remembered one changed (its also-reported-by list grew). */
    void remembered(RememberedArticle article);

    /** An article fell out of the horizon or the capacity. */
    void forgotten(String id);
}
