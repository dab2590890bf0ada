package io.raqib.nlp.stream;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.nlp.models.ModelService;
import io.raqib.schemas.StepCpu;

@ApplicationScoped
public class TopologyProducer {

    @ConfigProperty(name = "raqib.topic-prefix")
    Optional<String> topicPrefix;

    @Produces
    @Singleton
    public Topology enrichment(ModelService models, MeterRegistry metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Enricher enricher = new Enricher(models.models(), Clock.systemUTC());
        FunctionCounter.builder(StepCpu.METRIC, enricher.extraction(), StepCpu::seconds).baseUnit("seconds")
                .tag("step", "extraction").description("CPU time of the extractor").register(metrics);
        EnrichmentTopology.build(builder, topicPrefix.orElse(""), enricher,
                Clock.systemUTC(), reason -> metrics.counter("raqib.nlp.dead.letters",
                        "exception", reason.getClass().getSimpleName()).increment());
        return builder.build();
    }
}
