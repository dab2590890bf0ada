package io.raqib.nlp.stream;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.nlp.models.ModelService;

@ApplicationScoped
public class TopologyProducer {

    @ConfigProperty(name = "raqib.topic-prefix")
    Optional<String> topicPrefix;

    @Produces
    @Singleton
    public Topology enrichment(ModelService models, MeterRegistry metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichmentTopology.build(builder, topicPrefix.orElse(""), new Enricher(models.models(), Clock.systemUTC()),
                Clock.systemUTC(), reason -> metrics.counter("raqib.nlp.dead.letters",
                        "exception", reason.getClass().getSimpleName()).increment());
        return builder.build();
    }
}
