package io.raqib.ingest.source;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The feed meters, tagged by source (the feed's name); at /q/metrics as raqib_ingest_feed_*. */
final class FeedMetrics {

    static final String PREFIX = "raqib.ingest.feed.";
    /** Every fetch of a feed, tag outcome ({@link FetchOutcome#tag()}): ok, not_modified, http_error, timeout … */
    static final String FETCHES = PREFIX + "fetches";
    static final String FETCH_LATENCY = PREFIX + "fetch.latency";
    static final String ITEMS_SEEN = PREFIX + "items.seen";
    static final String ITEMS_NEW = PREFIX + "items.new";
    static final String ITEMS_PUBLISHED = PREFIX + "items.published";
    static final String ITEMS_DUPLICATES = PREFIX + "items.duplicates";
    /** Tag reason: a fetch outcome, invalid_item, page_fetch, kafka_unavailable, internal. */
    static final String ERRORS = PREFIX + "errors";
    /** Article pages fetched for items with only a summary, tag outcome. */
    static final String PAGE_FETCHES = PREFIX + "page.fetches";
    /** Failed polls in a row: what the RaqibFeedFailing alert watches. */
    static final String CONSECUTIVE_FAILURES = PREFIX + "consecutive.failures";

    private final MeterRegistry registry;

    FeedMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void fetched(String source, FetchOutcome outcome, Duration took) {
        registry.counter(FETCHES, "source", source, "outcome", outcome.tag()).increment();
        Timer.builder(FETCH_LATENCY).tag("source", source).register(registry).record(took);
    }

    void pageFetched(String source, FetchOutcome outcome) {
        registry.counter(PAGE_FETCHES, "source", source, "outcome", outcome.tag()).increment();
    }

    void items(String source, int seen, int fresh, int published, int duplicates) {
        registry.counter(ITEMS_SEEN, "source", source).increment(seen);
        registry.counter(ITEMS_NEW, "source", source).increment(fresh);
        registry.counter(ITEMS_PUBLISHED, "source", source).increment(published);
        registry.counter(ITEMS_DUPLICATES, "source", source).increment(duplicates);
    }

    void error(String source, String reason) {
        registry.counter(ERRORS, "source", source, "reason", reason).increment();
    }

    void watch(String source, SourceHealth health) {
        Gauge.builder(CONSECUTIVE_FAILURES, health, SourceHealth::consecutiveFailures).tag("source", source)
                .register(registry);
    }

    /** A removed feed's meters go with it; one added again under the name starts from zero. */
    void forget(String source) {
        registry.getMeters().stream()
                .filter(m -> m.getId().getName().startsWith(PREFIX) && source.equals(m.getId().getTag("source")))
                .toList()
                .forEach(registry::remove);
    }
}
