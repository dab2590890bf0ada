package io.raqib.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.raqib.security.ApiKeys;
import io.raqib.security.KeyGen;
import io.raqib.security.Roles;
import io.raqib.testkafka.ServiceProcess;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestTopics;

/**
 * The three packaged services as separate JVMs on a topic prefix of their own on the shared test broker, so that a
 * fault test reads only its own records. A service can be killed like a crashed pod (SIGKILL: no shutdown hook, no
 * last commit) and started again on the same application id and state directory, as Kubernetes would restart it.
 */
final class Pipeline implements AutoCloseable {

    static final String INGEST = "ingest-service";
    static final String NLP = "nlp-service";
    static final String ALERT = "alert-service";

    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of(System.getProperty("raqib.e2e.logs", "target/e2e-logs"));

    private final String key = KeyGen.newKey();
    private final String bootstrap;
    private final String prefix;
    private final Path logs;
    private final Map<String, Map<String, String>> configs = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> incarnations = new HashMap<>();

    private Pipeline(String bootstrap, String scenario, Map<String, String> alertSettings) {
        this.bootstrap = bootstrap;
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.prefix = scenario + "-" + run + ".";
        this.logs = LOGS.resolve(scenario + "-" + run);
        Path state = logs.resolve("state");
        configs.put(INGEST, config(Map.of()));
        configs.put(NLP, config(Map.of("quarkus.kafka-streams.application-id", prefix + "nlp",
                "kafka-streams.state.dir", state.resolve("nlp").toString())));
        Map<String, String> alert = new HashMap<>(alertSettings);
        alert.put("quarkus.kafka-streams.application-id", prefix + "alert");
        alert.put("kafka-streams.state.dir", state.resolve("alert").toString());
        alert.put("raqib.alert.threshold", "3");
        configs.put(ALERT, config(alert));
    }

    /**
     * Creates the scenario's topics and starts the three services, ready to take articles.
     *
     * @param alertSettings alert-service configuration beyond the threshold of 3 (e.g. a shorter window)
     */
    static Pipeline start(String scenario, Map<String, String> alertSettings) throws Exception {
        String bootstrap = TestBroker.shared().bootstrapServers();
        Pipeline pipeline = new Pipeline(bootstrap, scenario, alertSettings);
        TestTopics.create(bootstrap, pipeline.prefix);
        for (String name : pipeline.configs.keySet()) {
            pipeline.launch(name);
        }
        for (String name : pipeline.configs.keySet()) {
            pipeline.service(name).awaitReady(Duration.ofSeconds(120));
        }
        return pipeline;
    }

    private Map<String, String> config(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.put("kafka.bootstrap.servers", bootstrap);
        config.put("quarkus.kafka-streams.bootstrap-servers", bootstrap);
        config.put("raqib.topic-prefix", prefix);
        config.put("raqib.security.api-keys.e2e.hash", ApiKeys.hash(key));
        config.put("raqib.security.api-keys.e2e.roles", Roles.ADMIN);
        // The load is the point here, not the rate limit that guards a desk's key.
        config.put("raqib.security.api-keys.e2e.rate-limit", "1000/s");
        return config;
    }

    private ServiceProcess launch(String name) {
        int incarnation = incarnations.merge(name, 1, Integer::sum);
        // Each incarnation logs to a file of its own: the killed one's log tells what it was doing.
        ServiceProcess service = ServiceProcess.start(ROOT, name, logs.resolve("run-" + incarnation), "256m",
                configs.get(name)).withApiKey(key);
        running.put(name, service);
        return service;
    }

    ServiceProcess service(String name) {
        return running.get(name);
    }

    String bootstrap() {
        return bootstrap;
    }

    /** The prefix of this pipeline's topics, e.g. for {@code Topics.ALERTS.withPrefix(prefix())}. */
    String prefix() {
        return prefix;
    }

    /** The consumer group (application id) of a stream service. */
    String group(String name) {
        return configs.get(name).get("quarkus.kafka-streams.application-id");
    }

    Path logs() {
        return logs;
    }

    /** SIGKILL, as the kernel's OOM killer or a lost node does it; returns once the process is gone. */
    void kill(String name) throws Exception {
        ProcessHandle process = ProcessHandle.of(service(name).pid()).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Starts the service again on the same application id and state directory; returns without waiting for it. */
    ServiceProcess restart(String name) {
        return launch(name);
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : running.values()) {
            service.close();
        }
    }
}
