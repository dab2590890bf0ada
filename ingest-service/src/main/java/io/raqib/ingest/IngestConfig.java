package io.raqib.ingest;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The beans every way in shares, built once from configuration. */
public class IngestConfig {

    @Produces
    @Singleton
    ArticleFactory articleFactory(@ConfigProperty(name = "raqib.ingest.max-body-chars") int maxBodyChars,
            @ConfigProperty(name = "raqib.ingest.zone") ZoneId zone) {
        return new ArticleFactory(Clock.systemUTC(), maxBodyChars, zone);
    }
}
