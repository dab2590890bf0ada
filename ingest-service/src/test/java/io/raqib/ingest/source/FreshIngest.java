package io.raqib.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleIntake;
import io.raqib.ingest.ArticlePublisher;
import io.raqib.ingest.DedupGate;
import io.raqib.schemas.RawArticle;

/**
 * A second ingest-service in the test JVM, wired by hand over the same broker: what a restarted service is (its
 * dedup gate read back from ingest.dedup, its poller knowing no item), or one with another address guard or a
 * Kafka that is away.
 */
final class FreshIngest implements AutoCloseable {

    static final FetchSettings SETTINGS = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
            10L * 1024 * 1024, 10L * 1024 * 1024, 5, "Raqib-test");

    final MeterRegistry metrics = new SimpleMeterRegistry();
    final Poller poller;

    /** A publisher whose Kafka is away until {@link #back()}. */
    static final class FlakyPublisher extends ArticlePublisher {
        private volatile boolean away = true;

        FlakyPublisher(String bootstrap) {
            super(Map.of("bootstrap.servers", bootstrap), Optional.empty(), 10_000);
        }

        void back() {
            away = false;
        }

        @Override
        public List<Receipt> publish(List<RawArticle> articles, long deadline) {
            if (away) {
                throw new UnavailableException("Kafka did not acknowledge the articles: broker away (test)", null);
            }
            return super.publish(articles, deadline);
        }
    }

    FreshIngest(String bootstrap, AddressGuard guard) {
        this(bootstrap, guard, new ArticlePublisher(Map.of("bootstrap.servers", bootstrap), Optional.empty(), 10_000));
    }

    FreshIngest(String bootstrap, AddressGuard guard, ArticlePublisher publisher) {
        ArticleIntake intake = new ArticleIntake(publisher,
                new DedupGate(Map.of("bootstrap.servers", bootstrap), Optional.empty()), metrics);
        ArticleFactory factory = new ArticleFactory(Clock.systemUTC(), 200_000, ZoneId.of("Asia/Baghdad"));
        Fetcher fetcher = new Fetcher(SETTINGS, guard, new HostRateLimit(Duration.ZERO), Clock.systemUTC());
        PollSettings settings = new PollSettings(2, 50, 2000, 400, Duration.ofHours(1), 3, ZoneId.of("Asia/Baghdad"));
        poller = new Poller(fetcher, factory, intake, metrics, settings, SETTINGS.maxDecompressedBytes(),
                Clock.systemUTC());
    }

    /** Follows the feed and polls it once, now. */
    SourceStatus poll(FeedSource feed) throws Exception {
        poller.track(feed);
        return poller.pollNow(feed.name()).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        poller.close();
    }
}
