package io.raqib.ingest.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.raqib.ingest.ArticleFactory;
import io.raqib.ingest.ArticleIntake;

/** The feed machinery built from raqib.ingest.feeds* and raqib.ingest.fetch.*; polling starts with the service. */
public class SourceBeans {

    @Produces
    @Singleton
    FetchSettings fetchSettings(@ConfigProperty(name = "raqib.ingest.fetch.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "raqib.ingest.fetch.request-timeout") Duration requestTimeout,
            @ConfigProperty(name = "raqib.ingest.fetch.max-bytes") long maxBytes,
            @ConfigProperty(name = "raqib.ingest.fetch.max-decompressed-bytes") long maxDecompressedBytes,
            @ConfigProperty(name = "raqib.ingest.fetch.max-redirects") int maxRedirects,
            @ConfigProperty(name = "raqib.ingest.fetch.user-agent") String userAgent) {
        return new FetchSettings(connectTimeout, requestTimeout, maxBytes, maxDecompressedBytes, maxRedirects,
                userAgent);
    }

    @Produces
    @Singleton
    Fetcher fetcher(FetchSettings settings,
            @ConfigProperty(name = "raqib.ingest.fetch.allow-private") boolean allowPrivate,
            @ConfigProperty(name = "raqib.ingest.fetch.per-host-interval") Duration perHostInterval) {
        return new Fetcher(settings, new AddressGuard(allowPrivate), new HostRateLimit(perHostInterval),
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    SourceRegistry registry(@ConfigProperty(name = "raqib.ingest.feeds-file") Optional<String> file,
            @ConfigProperty(name = "raqib.ingest.feeds.min-interval") Duration minInterval,
            @ConfigProperty(name = "raqib.ingest.feeds.default-interval") Duration defaultInterval) {
        return new SourceRegistry(file.filter(f -> !f.isBlank()).map(Path::of),
                new FeedSourceReader(minInterval, defaultInterval));
    }

    @Produces
    @Singleton
    Poller poller(Fetcher fetcher, FetchSettings fetchSettings, ArticleFactory factory, ArticleIntake intake,
            MeterRegistry registry,
            @ConfigProperty(name = "raqib.ingest.feeds.poll-threads") int threads,
            @ConfigProperty(name = "raqib.ingest.feeds.default-max-items") int defaultMaxItems,
            @ConfigProperty(name = "raqib.ingest.feeds.remembered-items") int rememberedItems,
            @ConfigProperty(name = "raqib.ingest.feeds.summary-max-chars") int summaryMaxChars,
            @ConfigProperty(name = "raqib.ingest.feeds.max-backoff") Duration maxBackoff,
            @ConfigProperty(name = "raqib.ingest.feeds.failing-after") int failingAfter,
            @ConfigProperty(name = "raqib.ingest.zone") ZoneId zone) {
        PollSettings settings = new PollSettings(threads, defaultMaxItems, rememberedItems, summaryMaxChars,
                maxBackoff, failingAfter, zone);
        return new Poller(fetcher, factory, intake, registry, settings, fetchSettings.maxDecompressedBytes(),
                Clock.systemUTC());
    }

    void start(@Observes StartupEvent event, Poller poller, SourceRegistry registry) {
        poller.start(registry.feeds());
    }

    void stop(@Disposes Poller poller) {
        poller.close();
    }
}
