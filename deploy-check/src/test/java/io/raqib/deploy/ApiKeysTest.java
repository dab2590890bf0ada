package io.raqib.deploy;

import static io.raqib.deploy.Manifests.container;
import static io.raqib.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.security.ApiKey;
import io.raqib.security.ApiKeys;
import io.raqib.security.RateLimit;
import io.raqib.security.Roles;
import io.raqib.security.SecurityConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The HTTP APIs' keys (docs/security.md) on Kubernetes: every service reads the hashes and roles of its keys from
 * its own Secret through secretKeyRef, never from a value written into a manifest; the variables reach
 * {@code raqib.security.api-keys.*} through the same mapping the services use; dev's throwaway key opens every
 * service and appears nowhere else; prod, rendered from the committed examples, carries no key and would not start
 * until one is filled in.
 */
class ApiKeysTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    static final String ENV_PREFIX = "RAQIB_SECURITY_API_KEYS__";

    /** RAQIB_SECURITY_API_KEYS__NAME__FIELD: a key name of letters and digits only maps back to one property name. */
    static final Pattern KEY_ENV = Pattern.compile("RAQIB_SECURITY_API_KEYS__([A-Z0-9]+)__(HASH|ROLES|RATE_LIMIT)");

    static final Pattern HASH = Pattern.compile("sha256:[0-9a-fA-F]{64}");

    /** overlays/dev's key: public on purpose (deploy/k8s/README.md), so that dev's smoke test works at once. */
    static final String DEV_KEY = "rq_dev-only_not-a-secret";

    /** The key every service must have: without an operator key the API cannot be run. */
    static final String REQUIRED = "ADMIN";

    static String secretName(Service s) {
        return s.kafkaUser + "-api-keys";
    }

    /** A generated Secret's name without the content hash kustomize appends to it. */
    static String generatorName(String name) {
        return name.replaceFirst("-[a-z0-9]{10}$", "");
    }

    private static Map<String, String> decoded(JsonNode secret) {
        Map<String, String> data = new HashMap<>();
        Manifests.strings(secret.path("data")).forEach((k, v) ->
                data.put(k, new String(Base64.getMimeDecoder().decode(v), StandardCharsets.UTF_8)));
        Manifests.strings(secret.path("stringData")).forEach(data::put);
        return data;
    }

    private static JsonNode apiKeySecret(Manifests m, Service s) {
        List<JsonNode> found = m.ofKind("Secret").stream()
                .filter(secret -> generatorName(name(secret)).equals(secretName(s))).toList();
        assertEquals(1, found.size(), m.overlay + ": one Secret " + secretName(s));
        return found.get(0);
    }

    private static List<JsonNode> keyEnv(JsonNode container) {
        List<JsonNode> env = new ArrayList<>();
        container.path("env").forEach(e -> {
            if (e.path("name").asText().startsWith(ENV_PREFIX)) {
                env.add(e);
            }
        });
        return env;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceReadsItsKeysFromItsOwnSecret(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            String where = overlay + " " + s.name + ": ";
            JsonNode secret = apiKeySecret(m, s);
            Map<String, String> data = decoded(secret);
            List<JsonNode> env = keyEnv(container(m.workload(s), s.name));
            boolean adminHash = false;
            boolean adminRoles = false;
            for (JsonNode e : env) {
                String var = e.path("name").asText();
                Matcher matcher = KEY_ENV.matcher(var);
                assertTrue(matcher.matches(), where + var + " is not RAQIB_SECURITY_API_KEYS__<NAME>__HASH|ROLES|RATE_LIMIT");
                assertFalse(e.has("value"), where + var + " is written into the manifest: it belongs in the Secret");
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                assertFalse(ref.isMissingNode(), where + var + " from a secretKeyRef");
                assertEquals(name(secret), ref.path("name").asText(), where + var + " from " + secretName(s));
                String key = matcher.group(1).toLowerCase(Locale.ROOT) + "."
                        + matcher.group(2).toLowerCase(Locale.ROOT).replace('_', '-');
                assertEquals(key, ref.path("key").asText(), where + var + ": the Secret's key is <name>.<field>");
                boolean optional = ref.path("optional").asBoolean(false);
                if (!optional) {
                    assertTrue(data.containsKey(key), where + secretName(s) + " has no " + key
                            + ", and the pod would wait in CreateContainerConfigError");
                }
                if (matcher.group(1).equals(REQUIRED) && matcher.group(2).equals("HASH")) {
                    adminHash = !optional;
                }
                if (matcher.group(1).equals(REQUIRED) && matcher.group(2).equals("ROLES")) {
                    adminRoles = !optional;
                }
            }
            assertTrue(adminHash && adminRoles, where + "an operator key (admin), hash and roles, not optional");
            for (JsonNode from : container(m.workload(s), s.name).path("envFrom")) {
                assertTrue(from.path("secretRef").isMissingNode(), where + "no envFrom Secret: every variable is named");
            }
        }
    }

    /** Neither a hash nor a key setting in a workload or ConfigMap: only Secrets hold them. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noKeyIsWrittenOutsideASecret(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (JsonNode doc : m.docs) {
            if (doc.path("kind").asText().equals("Secret")) {
                continue;
            }
            String text = doc.toString();
            assertFalse(HASH.matcher(text).find(), overlay + " " + doc.path("kind").asText() + " " + name(doc)
                    + ": a key hash outside a Secret");
            assertFalse(text.contains("raqib.security.api-keys"), overlay + " " + name(doc)
                    + ": API keys configured outside a Secret");
        }
    }

    /** The values a workload's key variables take, with its Secret's data; optional and absent ones left out. */
    private static Map<String, String> resolvedEnv(Manifests m, Service s) {
        Map<String, String> data = decoded(apiKeySecret(m, s));
        Map<String, String> env = new HashMap<>();
        for (JsonNode e : keyEnv(container(m.workload(s), s.name))) {
            String key = e.path("valueFrom").path("secretKeyRef").path("key").asText();
            if (data.containsKey(key)) {
                env.put(e.path("name").asText(), data.get(key));
            }
        }
        return env;
    }

    /** What the service makes of its configuration: its application.properties, then the environment. */
    static ApiKeys keys(Service s, Map<String, String> env) {
        Properties properties = s.properties();
        Map<String, String> packaged = new HashMap<>();
        properties.stringPropertyNames().forEach(n -> packaged.put(n, properties.getProperty(n)));
        SecurityConfig config = new SmallRyeConfigBuilder().withMapping(SecurityConfig.class)
                .withSources(new PropertiesConfigSource(packaged, "application.properties", 250),
                        new EnvConfigSource(env, 300))
                .build().getConfigMapping(SecurityConfig.class);
        assertTrue(config.enabled(), s.name + ": raqib.security.enabled outside tests");
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        Map<String, String> rates = new HashMap<>();
        config.apiKeys().forEach((name, key) -> {
            hashes.put(name, key.hash());
            roles.put(name, key.roles());
            key.rateLimit().ifPresent(rate -> rates.put(name, rate));
        });
        return ApiKeys.parse(hashes, roles, rates, RateLimit.parse(config.defaultRateLimit()));
    }

    @Test
    void devsThrowawayKeyOpensEveryServiceAsAdmin() {
        Manifests m = Kustomize.render("dev");
        for (Service s : Service.values()) {
            ApiKey key = keys(s, resolvedEnv(m, s)).identify(DEV_KEY)
                    .orElseGet(() -> fail("dev " + s.name + ": the dev key is not one of its keys"));
            assertEquals("admin", key.name(), s.name);
            assertTrue(key.has(Roles.ADMIN), s.name + ": the dev key is an operator key");
        }
        assertTrue(Repo.read(Repo.k8s().resolve("README.md")).contains(DEV_KEY),
                "deploy/k8s/README.md tells developers dev's key");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void devsKeyIsNowhereElse(String overlay) {
        if (overlay.equals("dev")) {
            return;
        }
        String devHash = ApiKeys.hash(DEV_KEY);
        for (JsonNode secret : Kustomize.render(overlay).ofKind("Secret")) {
            assertFalse(decoded(secret).containsValue(devHash), overlay + " " + name(secret) + ": dev's public key");
        }
    }

    /**
     * prod, rendered from the committed *.env.example, holds no key: every hash is empty, and a service given an
     * empty hash does not start. Filled in, the examples configure valid keys: their names match the workloads'
     * variables, their roles and rates parse.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prodCarriesNoKeyAndStopsUntilOneIsFilledIn(String overlay) {
        if (!overlay.startsWith("prod")) {
            return;
        }
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            String where = overlay + " " + s.name + ": ";
            Map<String, String> env = resolvedEnv(m, s);
            assertFalse(env.isEmpty(), where + "the example configures keys");
            env.forEach((var, value) -> {
                if (var.endsWith("__HASH")) {
                    assertEquals("", value, where + var + ": no hash in the committed example");
                }
            });
            assertThrows(RuntimeException.class, () -> keys(s, env), where + "does not start with an empty hash");

            Map<String, String> filled = new HashMap<>(env);
            env.keySet().stream().filter(v -> v.endsWith("__HASH"))
                    .forEach(v -> filled.put(v, ApiKeys.hash("a key for " + v)));
            ApiKeys keys = keys(s, filled);
            assertTrue(keys.identify("a key for " + ENV_PREFIX + REQUIRED + "__HASH").orElseThrow().has(Roles.ADMIN),
                    where + "admin is an operator key");
        }
    }

    @Test
    void prodsKeyFilesStayOutOfGit() {
        Path dir = Repo.k8s().resolve("overlays/prod/api-keys");
        assertTrue(Repo.read(dir.resolve(".gitignore")).lines().anyMatch("*.env"::equals),
                "overlays/prod/api-keys/.gitignore ignores *.env");
        for (Service s : Service.values()) {
            assertTrue(Files.isRegularFile(dir.resolve(s.name + ".env.example")), s.name + ".env.example");
        }
        JsonNode kustomization = readYaml(Repo.k8s().resolve("overlays/prod/kustomization.yaml"));
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            String env = generator.path("env").asText();
            assertTrue(env.startsWith("api-keys/") && env.endsWith(".env"), "prod's Secrets come from api-keys/*.env: "
                    + generator);
            assertTrue(generator.path("literals").isMissingNode(), "no literal in prod's secretGenerator");
        }
    }

    /** base's placeholders: the names the workloads need, and no usable hash. */
    @Test
    void basesPlaceholdersHoldNoKey() {
        JsonNode kustomization = readYaml(Repo.k8s().resolve("base/kustomization.yaml"));
        int generators = 0;
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            generators++;
            for (JsonNode literal : generator.path("literals")) {
                String[] kv = literal.asText().split("=", 2);
                if (kv[0].endsWith(".hash")) {
                    assertEquals("", kv[1], "base: " + literal.asText() + " must stay a placeholder");
                }
            }
        }
        assertEquals(Service.values().length, generators, "one placeholder Secret per service");
    }

    private static JsonNode readYaml(Path file) {
        return Kustomize.parse(Repo.read(file)).get(0);
    }
}
