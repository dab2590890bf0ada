package io.raqib.ingest;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.schemas.StepCpu;

/** The beans every way in shares, built once from configuration. */
public class IngestConfig {

    @Produces
    @Singleton
    ArticleFactory articleFactory(@ConfigProperty(name = "raqib.ingest.max-body-chars") int maxBodyChars,
            @ConfigProperty(name = "raqib.ingest.zone") ZoneId zone, MeterRegistry metrics) {
        ArticleFactory factory = new ArticleFactory(Clock.systemUTC(), maxBodyChars, zone);
        FunctionCounter.builder(StepCpu.METRIC, factory.making(), StepCpu::seconds).baseUnit("seconds")
                .tag("step", "article").description("CPU time of making articles: cleaning, dating, fingerprinting")
                .register(metrics);
        return factory;
    }
}
