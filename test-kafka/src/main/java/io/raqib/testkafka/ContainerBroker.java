package io.raqib.testkafka;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.kafka.KafkaContainer;

/** The official apache/kafka image in KRaft mode, where a Docker engine runs. */
final class ContainerBroker implements TestBroker {

    private static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    /** Cheap check first: Testcontainers' own probe takes seconds to give up on a machine without Docker. */
    static boolean dockerAvailable() {
        boolean socket = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!socket || "embedded".equals(System.getenv("RAQIB_TEST_BROKER"))) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
