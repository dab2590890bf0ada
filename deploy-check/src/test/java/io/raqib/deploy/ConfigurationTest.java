package io.raqib.deploy;

import static io.raqib.deploy.Manifests.container;
import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the services are told: where Kafka is and how to log in, the alert thresholds, the JVM flags, and that
 * every setting reaches the property it is meant for.
 */
class ConfigurationTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Each service's bootstrap-servers variable. */
    static final Map<Service, String> BOOTSTRAP_ENV = Map.of(
            Service.INGEST, "KAFKA_BOOTSTRAP_SERVERS",
            Service.NLP, "QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS",
            Service.ALERT, "QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS");

    /** Prefix of each service's Kafka client settings: kafka.* (ingest) or quarkus.kafka-streams.* (Streams). */
    static final Map<Service, String> KAFKA_ENV_PREFIX = Map.of(
            Service.INGEST, "KAFKA_",
            Service.NLP, "QUARKUS_KAFKA_STREAMS_",
            Service.ALERT, "QUARKUS_KAFKA_STREAMS_");

    /**
     * The only Secrets the manifests make are the services' API key Secrets (ApiKeysTest): placeholders in base,
     * dev's throwaway key, prod's from files outside git. Kafka credentials come from Strimzi.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noOtherSecretIsCommitted(String overlay) {
        Manifests m = Kustomize.render(overlay);
        Set<String> expected = new HashSet<>();
        for (Service s : Service.values()) {
            expected.add(ApiKeysTest.secretName(s));
        }
        Set<String> rendered = new HashSet<>();
        m.ofKind("Secret").forEach(secret -> rendered.add(ApiKeysTest.generatorName(name(secret))));
        assertEquals(expected, rendered, overlay + ": the API key Secrets and no other; Strimzi creates Kafka's");
    }

    /** The Secrets Strimzi makes: one per KafkaUser, and the cluster CA's certificate. */
    static Set<String> allowedSecrets(Manifests m) {
        Set<String> names = new HashSet<>();
        m.ofKind("KafkaUser").forEach(u -> names.add(name(u)));
        names.add(name(m.single("Kafka")) + "-cluster-ca-cert");
        return names;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyStrimzisSecretsAndTheServicesOwnApiKeysAreReferenced(String overlay) {
        Manifests m = Kustomize.render(overlay);
        Set<String> allowed = allowedSecrets(m);
        String ca = name(m.single("Kafka")) + "-cluster-ca-cert";
        for (Service s : Service.values()) {
            JsonNode workload = m.workload(s);
            for (JsonNode env : container(workload, s.name).path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode()) {
                    String secret = ref.path("name").asText();
                    if (env.path("name").asText().startsWith(ApiKeysTest.ENV_PREFIX)) {
                        assertEquals(ApiKeysTest.secretName(s), ApiKeysTest.generatorName(secret),
                                overlay + " " + s.name + ": API keys from its own Secret");
                        continue;
                    }
                    assertTrue(allowed.contains(secret), overlay + " " + s.name + ": unknown Secret " + secret);
                    // A service logs in as its own user, never as another.
                    if (!secret.equals(ca)) {
                        assertEquals(s.kafkaUser, secret, overlay + " " + s.name + ": its own KafkaUser's Secret");
                        assertTrue(Set.of("password", "sasl.jaas.config").contains(ref.path("key").asText()),
                                overlay + " " + s.name + ": a key the User Operator writes");
                    }
                }
            }
            for (JsonNode volume : workload.path("spec").path("template").path("spec").path("volumes")) {
                if (volume.has("secret")) {
                    assertEquals(ca, volume.path("secret").path("secretName").asText(),
                            overlay + " " + s.name + ": only the cluster CA is mounted");
                }
            }
        }
    }

    /** dev: plaintext, no credentials. prod: the TLS listener, SCRAM-SHA-512, the service's own KafkaUser. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesReachKafkaThroughAListenerOfTheCluster(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode kafka = m.single("Kafka");
        Map<Integer, JsonNode> listeners = new HashMap<>();
        kafka.path("spec").path("kafka").path("listeners").forEach(l -> listeners.put(l.path("port").asInt(), l));
        for (Service s : Service.values()) {
            String where = overlay + " " + s.name + ": ";
            JsonNode c = container(m.workload(s), s.name);
            String bootstrap = Manifests.env(c, BOOTSTRAP_ENV.get(s)).orElseGet(() -> fail(where + BOOTSTRAP_ENV.get(s)));
            String[] hostPort = bootstrap.split(":");
            assertEquals(name(kafka) + "-kafka-bootstrap", hostPort[0], where + "the bootstrap Service of the cluster");
            JsonNode listener = listeners.get(Integer.parseInt(hostPort[1]));
            assertTrue(listener != null, where + "port " + hostPort[1] + " is a listener of the Kafka cluster");

            String prefix = KAFKA_ENV_PREFIX.get(s);
            if (listener.path("tls").asBoolean(false)) {
                assertEquals("SASL_SSL", Manifests.env(c, prefix + "SECURITY_PROTOCOL").orElse(null), where + "SASL_SSL");
                assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
                assertEquals("SCRAM-SHA-512", Manifests.env(c, prefix + "SASL_MECHANISM").orElse(null), where + "SCRAM");
                assertTrue(secretRef(c, prefix + "SASL_JAAS_CONFIG", s.kafkaUser, "sasl.jaas.config"),
                        where + prefix + "SASL_JAAS_CONFIG from Secret " + s.kafkaUser);
                String truststore = Manifests.env(c, prefix + "SSL_TRUSTSTORE_LOCATION").orElseGet(() -> fail(where + "truststore"));
                assertEquals("PEM", Manifests.env(c, prefix + "SSL_TRUSTSTORE_TYPE").orElse(null), where + "PEM truststore");
                assertTrue(mountedSecretFile(m.workload(s), c, truststore, name(kafka) + "-cluster-ca-cert", "ca.crt"),
                        where + truststore + " is ca.crt of the cluster CA Secret");
            } else {
                assertTrue(Manifests.env(c, prefix + "SECURITY_PROTOCOL").isEmpty(), where + "plaintext");
            }
        }
        if (overlay.startsWith("prod")) {
            for (JsonNode l : listeners.values()) {
                assertTrue(l.path("tls").asBoolean(false), overlay + ": only TLS listeners in prod");
                assertEquals("scram-sha-512", l.path("authentication").path("type").asText(), overlay + ": SCRAM");
            }
        }
    }

    private static boolean secretRef(JsonNode container, String env, String secret, String key) {
        for (JsonNode e : container.path("env")) {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            if (env.equals(e.path("name").asText())) {
                return secret.equals(ref.path("name").asText()) && key.equals(ref.path("key").asText());
            }
        }
        return false;
    }

    private static boolean mountedSecretFile(JsonNode workload, JsonNode container, String file, String secret, String key) {
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (file.startsWith(dir + "/")) {
                JsonNode volume = WorkloadsTest.volume(workload, mount.path("name").asText());
                if (!secret.equals(volume.path("secret").path("secretName").asText())) {
                    return false;
                }
                String relative = file.substring(dir.length() + 1);
                JsonNode items = volume.path("secret").path("items");
                if (items.isMissingNode()) {
                    return relative.equals(key);
                }
                for (JsonNode item : items) {
                    if (key.equals(item.path("key").asText()) && relative.equals(item.path("path").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An environment variable KAFKA_STREAMS_X only reaches Kafka Streams when kafka-streams.x is already in the
     * service's application.properties: Quarkus enumerates the kafka-streams.* names it knows, and cannot tell
     * from KAFKA_STREAMS_STATE_DIR alone that it means kafka-streams.state.dir. Such a variable would be silently
     * ignored; the deployment sets those in the mounted config/application.properties instead. RAQIB_ALERT_* and
     * RAQIB_INGEST_* must name a property the service has (a misspelt one would be ignored just as silently).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySettingReachesAProperty(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            Properties properties = s.properties();
            Set<String> envNames = new HashSet<>();
            JsonNode c = container(m.workload(s), s.name);
            c.path("env").forEach(e -> envNames.add(e.path("name").asText()));
            for (JsonNode from : c.path("envFrom")) {
                String configMap = from.path("configMapRef").path("name").asText();
                if (!configMap.isEmpty()) {
                    envNames.addAll(Manifests.strings(m.get("ConfigMap", configMap).path("data")).keySet());
                }
                assertTrue(from.path("secretRef").isMissingNode(), overlay + " " + s.name + ": no envFrom Secret");
            }
            for (String env : envNames) {
                if (env.startsWith("KAFKA_STREAMS_") || env.startsWith("RAQIB_ALERT_") || env.startsWith("RAQIB_INGEST_")) {
                    assertTrue(properties.stringPropertyNames().stream().anyMatch(p -> envName(p).equals(env)),
                            overlay + " " + s.name + ": " + env + " matches no property of " + s.name
                                    + "'s application.properties, so Quarkus would ignore it");
                }
            }
        }
    }

    /** The environment variable name of a property, as MicroProfile Config derives it. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void alertThresholdsComeFromAConfigMap(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode c = container(m.workload(Service.ALERT), Service.ALERT.name);
        Set<String> keys = new HashSet<>();
        for (JsonNode from : c.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            if (!name.isEmpty()) {
                keys.addAll(Manifests.strings(m.get("ConfigMap", name).path("data")).keySet());
            }
        }
        assertTrue(keys.containsAll(Set.of("RAQIB_ALERT_THRESHOLD", "RAQIB_ALERT_ALPHA", "RAQIB_ALERT_WINDOW")),
                overlay + ": thresholds in a ConfigMap, got " + keys);
    }

    /** The mounted config/application.properties of a Streams service (alert-service), as properties. */
    static Map<String, String> streamsConfig(Manifests m, Service s) {
        JsonNode workload = m.workload(s);
        JsonNode c = container(workload, s.name);
        String configDir = c.path("workingDir").asText() + "/config";
        assertEquals("/deployments", c.path("workingDir").asText(), "the image's WORKDIR, where config/ is read");
        String volumeName = null;
        for (JsonNode mount : c.path("volumeMounts")) {
            if (configDir.equals(mount.path("mountPath").asText())) {
                volumeName = mount.path("name").asText();
            }
        }
        if (volumeName == null) {
            return fail(m.overlay + " " + s.name + ": nothing mounted at " + configDir);
        }
        JsonNode volume = WorkloadsTest.volume(workload, volumeName).path("configMap");
        String key = "application.properties";
        for (JsonNode item : volume.path("items")) {
            if ("application.properties".equals(item.path("path").asText())) {
                key = item.path("key").asText();
            }
        }
        String text = m.get("ConfigMap", volume.path("name").asText()).path("data").path(key).asText();
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(n -> map.put(n, p.getProperty(n)));
        return map;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void jvmSizedForTheContainer(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            String where = overlay + " " + s.name + ": JAVA_OPTS ";
            String opts = Manifests.env(container(m.workload(s), s.name), "JAVA_OPTS").orElseGet(() -> fail(where));
            assertTrue(opts.contains("-XX:MaxRAMPercentage="), where + "sizes the heap from the container's limit");
            assertFalse(opts.matches(".*-Xmx\\S+.*"), where + "no fixed -Xmx, which ignores the limit");
            assertTrue(opts.contains("-XX:+ExitOnOutOfMemoryError"), where + "exits on OOM so Kubernetes restarts it");
            // The image's own JAVA_OPTS had it; replacing JAVA_OPTS must keep it or logging changes.
            assertTrue(opts.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"), where + "log manager");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prodRunsReleasedImages(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            String image = container(m.workload(s), s.name).path("image").asText();
            assertTrue(image.contains("raqib/" + s.name), overlay + ": image of " + s.name + ": " + image);
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertFalse(tag.isEmpty() || tag.equals("latest"), overlay + " " + s.name + ": a pinned tag, got " + image);
            if (overlay.startsWith("prod")) {
                assertFalse(tag.endsWith("SNAPSHOT"), overlay + " " + s.name + ": a release, got " + image);
            }
        }
    }
}
