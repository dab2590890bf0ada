package io.raqib.testkafka;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.raqib.schemas.TopicSetup;

/**
 * A real Kafka broker (KRaft) for integration tests, with the pipeline's topics created. Which broker depends on
 * the machine, and the tests are the same on all of them:
 * <ul>
 * <li>{@code RAQIB_TEST_BOOTSTRAP} set: a broker you already run;</li>
 * <li>a Docker engine reachable: Testcontainers' Kafka container;</li>
 * <li>otherwise: Kafka's own in-JVM KRaft cluster ({@link EmbeddedBroker}), ready in about three seconds.</li>
 * </ul>
 * One broker serves every test of a JVM and stops when the JVM exits.
 */
public interface TestBroker extends AutoCloseable {

    String bootstrapServers();

    static TestBroker shared() {
        return Shared.INSTANCE;
    }

    /** Starts a new broker of the kind this machine supports, with the pipeline's topics. */
    static TestBroker start() {
        String external = System.getenv("RAQIB_TEST_BOOTSTRAP");
        TestBroker broker = external != null && !external.isBlank() ? () -> external
                : ContainerBroker.dockerAvailable() ? ContainerBroker.start()
                : EmbeddedBroker.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicSetup.ensure(admin, "", (short) 1);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics on the test broker", e);
        }
        return broker;
    }

    @Override
    default void close() throws Exception {
    }

    final class Shared {
        static final TestBroker INSTANCE = start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    INSTANCE.close();
                } catch (Exception ignored) {
                    // The JVM is going away; the broker's files are temporary.
                }
            }, "test-broker-shutdown"));
        }

        private Shared() {
        }
    }
}
