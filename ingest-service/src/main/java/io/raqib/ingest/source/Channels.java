package io.raqib.ingest.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;

/**
 * The ways in that are not feeds (the API, the drop folder), shown beside the feeds with their counts, read from
 * the meters {@link io.raqib.ingest.ArticleIntake} keeps per channel.
 */
final class Channels {

    static final String API = "api";
    static final String FOLDER = "folder";

    private Channels() {
    }

    static boolean isChannel(String name) {
        return API.equals(name) || FOLDER.equals(name);
    }

    /** Whether anything came in through the channel yet; the folder is listed only once it is in use. */
    static boolean used(String channel, MeterRegistry registry) {
        return !received(registry, channel).counters().isEmpty();
    }

    static SourceStatus status(String channel, MeterRegistry registry) {
        long received = sum(received(registry, channel));
        long fresh = sum(received(registry, channel).tag("verdict", "NEW"));
        long published = sum(registry.find("raqib.ingest.articles.published").tag("channel", channel));
        long refused = channel.equals(API) ? sum(registry.find("raqib.ingest.requests.rejected")) : 0;
        return new SourceStatus(channel, "channel", null, null, true, null, null, "ok", null, null, null, 0, null,
                received, fresh, published, received - fresh, refused);
    }

    private static Search received(MeterRegistry registry, String channel) {
        return registry.find("raqib.ingest.articles.received").tag("channel", channel);
    }

    private static long sum(Search search) {
        return Math.round(search.counters().stream().mapToDouble(Counter::count).sum());
    }
}
