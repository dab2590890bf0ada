package io.raqib.deploy;

import java.util.Optional;
import java.util.Properties;

/** The three services as the manifests must run them, with what their own application.properties says. */
enum Service {

    INGEST("ingest-service", "Deployment", "raqib-ingest"),
    NLP("nlp-service", "Deployment", "raqib-nlp"),
    ALERT("alert-service", "StatefulSet", "raqib-alert");

    final String name;
    /** The workload kind: alert-service keeps Kafka Streams state on a volume per pod. */
    final String kind;
    /** Its KafkaUser, and so the Secret the User Operator creates for it. */
    final String kafkaUser;

    Service(String name, String kind, String kafkaUser) {
        this.name = name;
        this.kind = kind;
        this.kafkaUser = kafkaUser;
    }

    Properties properties() {
        return Repo.applicationProperties(name);
    }

    int httpPort() {
        return Integer.parseInt(properties().getProperty("quarkus.http.port"));
    }

    /** The Kafka Streams application id, which is also its consumer group and the prefix of its internal topics. */
    Optional<String> applicationId() {
        return Optional.ofNullable(properties().getProperty("quarkus.kafka-streams.application-id"));
    }

    boolean isStreams() {
        return applicationId().isPresent();
    }
}
