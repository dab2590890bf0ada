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
 * The three packaged services as separate JVMs on a topic prefix of their own, on the shared test broker or on one a
 * test can stop, so that a fault test reads only its own records. A service can be killed like a crashed pod
 * (SIGKILL: no shutdown hook, no last commit) and started again on the same application id and state directory, as
 * Kubernetes would restart it; a stream service can run a second instance, as a scaled-out Deployment.
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
    /** Running instances by name: a service's own name, or the name given to another instance of it. */
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> incarnations = new HashMap<>();

    private Pipeline(String bootstrap, String scenario, Map<String, Map<String, String>> settings) {
        this.bootstrap = bootstrap;
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.prefix = scenario + "-" + run + ".";
        this.logs = LOGS.resolve(scenario + "-" + run);
        Path state = logs.resolve("state");
        configs.put(INGEST, config(settings.getOrDefault(INGEST, Map.of())));
        Map<String, String> nlp = new HashMap<>(settings.getOrDefault(NLP, Map.of()));
        nlp.put("quarkus.kafka-streams.application-id", prefix + "nlp");
        nlp.put("kafka-streams.state.dir", state.resolve("nlp").toString());
        configs.put(NLP, config(nlp));
        Map<String, String> alert = new HashMap<>(settings.getOrDefault(ALERT, Map.of()));
        alert.put("quarkus.kafka-streams.application-id", prefix + "alert");
        alert.put("kafka-streams.state.dir", state.resolve("alert").toString());
        alert.put("raqib.alert.threshold", "3");
        configs.put(ALERT, config(alert));
    }

    /**
     * Creates the scenario's topics on the shared test broker and starts the three services, ready to take articles.
     *
     * @param alertSettings alert-service configuration beyond the threshold of 3 (e.g. a shorter window)
     */
    static Pipeline start(String scenario, Map<String, String> alertSettings) throws Exception {
        return start(scenario, TestBroker.shared().bootstrapServers(), Map.of(ALERT, alertSettings));
    }

    /**
     * The same on a broker of the test's own (one it can stop).
     *
     * @param settings configuration per service beyond what the pipeline sets (broker, topics, key, state)
     */
    static Pipeline start(String scenario, String bootstrap, Map<String, Map<String, String>> settings)
            throws Exception {
        Pipeline pipeline = new Pipeline(bootstrap, scenario, settings);
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
        return launch(name, name, configs.get(name));
    }

    private ServiceProcess launch(String service, String instance, Map<String, String> config) {
        int incarnation = incarnations.merge(instance, 1, Integer::sum);
        // Each incarnation logs to a file of its own: the killed one's log tells what it was doing.
        String run = (instance.equals(service) ? "" : instance + "-") + "run-" + incarnation;
        ServiceProcess process = ServiceProcess.start(ROOT, service, logs.resolve(run), "256m", config)
                .withApiKey(key);
        running.put(instance, process);
        return process;
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

    /**
     * Starts another instance of a stream service, as a scaled-out Deployment would: the same application id (so the
     * same consumer group), a state directory and HTTP port of its own. Returns without waiting for it.
     */
    ServiceProcess startInstance(String name, String instance) {
        Map<String, String> config = new HashMap<>(configs.get(name));
        config.put("kafka-streams.state.dir", logs.resolve("state").resolve(instance).toString());
        return launch(name, instance, config);
    }

    /**
     * SIGTERM, as Kubernetes stops a pod it scales away, and waits up to {@code limit} for the service to shut down
     * (ServiceProcess.close would SIGKILL it after 20 s, which on a busy machine is no longer a graceful stop).
     *
     * @return whether it ended by itself within the limit (it is killed otherwise)
     */
    boolean stop(String instance, Duration limit) throws Exception {
        ServiceProcess service = running.remove(instance);
        ProcessHandle process = ProcessHandle.of(service.pid()).orElseThrow();
        process.destroy();
        boolean ended;
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            ended = true;
        } catch (java.util.concurrent.TimeoutException e) {
            ended = false;
        }
        service.close();
        return ended;
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : running.values()) {
            service.close();
        }
    }
}
