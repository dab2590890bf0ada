package io.raqib.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the alerts can be read: the streams are running, not merely that
 * the topics exist. Until then {@code /api/alerts} would answer 503.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    @Inject
    KafkaStreams streams;

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named("Kafka Streams running").status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name()).build();
    }
}
