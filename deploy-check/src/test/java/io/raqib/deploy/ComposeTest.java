package io.raqib.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * docker-compose.yml as Compose itself reads it ({@code docker compose config}, or Debian's docker-compose 1.29,
 * which needs no Docker engine either), then what `docker compose up` needs to come up in order and be watched.
 */
class ComposeTest {

    private static final Set<String> APPS = Set.of("ingest-service", "nlp-service", "alert-service");
    private static JsonNode services;

    /** {@code docker compose} where the plugin is installed, else {@code docker-compose}. */
    static List<String> compose() {
        if (Kustomize.onPath("docker").isPresent()) {
            try {
                Process probe = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor() == 0) {
                    return List.of("docker", "compose");
                }
            } catch (IOException e) {
                // no plugin: fall through
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Kustomize.onPath("docker-compose").map(p -> List.of(p.toString())).orElseGet(() -> fail("""
                Neither `docker compose` nor `docker-compose` is installed, and docker-compose.yml cannot be checked.
                Install one: apt-get install -y docker-compose (Debian; needs no Docker engine to check a file)."""));
    }

    /** The committed example of .env: what a user copies before `docker compose up`. */
    static Path exampleEnv() {
        return Repo.root().resolve("deploy/compose.env.example");
    }

    /** {@code config} with the given env file instead of a .env the checkout may have, and without the variables. */
    static ProcessBuilder config(Path envFile) {
        List<String> command = new ArrayList<>(compose());
        Path root = Repo.root();
        command.addAll(List.of("--env-file", envFile.toString(), "-f", root.resolve("docker-compose.yml").toString(),
                "--project-directory", root.toString(), "config"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(API_KEY_HASH);
        return builder;
    }

    static final String API_KEY_HASH = "RAQIB_API_KEY_HASH";

    @BeforeAll
    static void render() throws IOException {
        services = Kustomize.YAML.readTree(Kustomize.exec(config(exampleEnv()).command(), 60)).path("services");
    }

    /**
     * The APIs ask for a key (docs/security.md): each service gets the hash of one from the environment
     * ({@value #API_KEY_HASH} in .env), never a hash written into docker-compose.yml, and Compose stops, naming
     * the variable, when it is not set at all.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "nlp-service", "alert-service"})
    void everyServiceGetsTheApiKeyHashFromTheEnvironment(String service) throws IOException {
        JsonNode env = services.path(service).path("environment");
        assertTrue(env.has("RAQIB_SECURITY_API_KEYS__LOCAL__HASH"), service + ": the key's hash");
        assertEquals("admin", env.path("RAQIB_SECURITY_API_KEYS__LOCAL__ROLES").asText(), service + ": its roles");
        String file = Files.readString(Repo.root().resolve("docker-compose.yml"));
        Matcher hash = Pattern.compile("RAQIB_SECURITY_API_KEYS__\\w+__HASH:\\s*(\\S+)").matcher(file);
        while (hash.find()) {
            assertTrue(hash.group(1).startsWith("${" + API_KEY_HASH + "?"),
                    "a hash from the environment, required: " + hash.group(1));
        }
        assertFalse(Pattern.compile("sha256:[0-9a-fA-F]{64}").matcher(file).find(), "no hash in docker-compose.yml");
    }

    @Test
    void theExampleEnvHoldsNoKey() throws IOException {
        List<String> lines = Files.readAllLines(exampleEnv());
        assertTrue(lines.contains(API_KEY_HASH + "="), "the example names the variable, empty: " + exampleEnv());
        assertFalse(String.join("\n", lines).matches("(?s).*sha256:[0-9a-fA-F]{64}.*"), "no hash in the example");
    }

    @Test
    void withoutAKeyComposeStopsAndSaysWhy() throws IOException, InterruptedException {
        Path empty = Files.createTempFile("raqib-compose", ".env");
        try {
            Process process = config(empty).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor() != 0, "config fails without " + API_KEY_HASH + ":\n" + output);
            assertTrue(output.contains(API_KEY_HASH), output);
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    @Test
    void runsKafkaTopicsTheThreeServicesPrometheusAndGrafana() {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(Set.of("kafka", "topics", "ingest-service", "nlp-service", "alert-service",
                "prometheus", "grafana")), names);
    }

    @Test
    void kafkaIsTheVersionTheCodeIsBuiltAgainst() throws IOException {
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
                .matcher(Files.readString(Repo.root().resolve("pom.xml")));
        assertTrue(version.find());
        assertEquals("apache/kafka:" + version.group(1), services.path("kafka").path("image").asText());
    }

    @Test
    void comesUpInOrder() {
        assertEquals("service_healthy", services.path("topics").path("depends_on").path("kafka").path("condition")
                .asText());
        for (String app : APPS) {
            assertEquals("service_completed_successfully", services.path(app).path("depends_on").path("topics")
                    .path("condition").asText(), app);
        }
        for (String app : APPS) {
            assertEquals("service_healthy", services.path("prometheus").path("depends_on").path(app)
                    .path("condition").asText(), "prometheus waits for " + app);
        }
        assertEquals("service_healthy", services.path("grafana").path("depends_on").path("prometheus")
                .path("condition").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "ingest-service", "nlp-service", "alert-service", "prometheus", "grafana"})
    void everyLongRunningServiceHasAHealthCheck(String service) {
        assertFalse(services.path(service).path("healthcheck").path("test").isMissingNode(), service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "nlp-service", "alert-service"})
    void everyServiceIsCheckedOnItsOwnPortAndPublishesIt(String service) {
        String port = Repo.applicationProperties(service).getProperty("quarkus.http.port");
        String check = services.path(service).path("healthcheck").path("test").toString();
        assertTrue(check.contains("/dev/tcp/127.0.0.1/" + port + " ") && check.contains("/q/health/ready"), check);
        assertTrue(services.path(service).path("ports").toString().contains(port), service + " publishes " + port);
    }

    @Test
    void everyFileMountedFromTheRepositoryExists() {
        List<String> missing = new ArrayList<>();
        services.fields().forEachRemaining(service -> service.getValue().path("volumes").forEach(volume -> {
            String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
            boolean bind = volume.isTextual() ? source.startsWith("/") || source.startsWith(".")
                    : "bind".equals(volume.path("type").asText());
            Path path = Path.of(source);
            // Data folders (.raqib/…) are created by Docker; everything else must ship with the repository.
            if (bind && !source.contains("/.raqib/") && !Files.exists(path)) {
                missing.add(service.getKey() + ": " + source);
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBuiltImageHasItsDockerfile() {
        services.fields().forEachRemaining(service -> {
            JsonNode build = service.getValue().path("build");
            if (!build.isMissingNode()) {
                Path dockerfile = Path.of(build.path("context").asText()).resolve(build.path("dockerfile").asText());
                assertTrue(Files.isRegularFile(dockerfile), service.getKey() + ": " + dockerfile);
            }
        });
    }

    @Test
    void prometheusScrapesEachServiceAsAJobOfItsNameForTheDashboard() {
        try {
            JsonNode config = Kustomize.YAML.readTree(Repo.root().resolve("deploy/prometheus/prometheus.yml").toFile());
            for (String app : APPS) {
                String port = Repo.applicationProperties(app).getProperty("quarkus.http.port");
                JsonNode job = null;
                for (JsonNode candidate : config.path("scrape_configs")) {
                    if (candidate.path("job_name").asText().equals(app)) {
                        job = candidate;
                    }
                }
                assertTrue(job != null, "a scrape job named " + app);
                assertEquals("/q/metrics", job.path("metrics_path").asText());
                JsonNode targets = job.path("static_configs").get(0);
                assertEquals(app + ":" + port, targets.path("targets").get(0).asText());
                assertEquals("raqib", targets.path("labels").path("namespace").asText(),
                        "the dashboard selects by namespace");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheKubernetesDashboard() throws IOException {
        Path provisioning = Repo.root().resolve("deploy/grafana/provisioning");
        JsonNode datasources = Kustomize.YAML.readTree(provisioning.resolve("datasources/prometheus.yml").toFile());
        assertEquals("http://prometheus:9090", datasources.path("datasources").get(0).path("url").asText());
        String volumes = services.path("grafana").path("volumes").toString();
        assertTrue(volumes.contains("deploy/k8s/base/grafana/raqib-dashboard.json"), volumes);
    }
}
