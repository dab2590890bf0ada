package io.raqib.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders an overlay as {@code kubectl kustomize deploy/k8s/overlays/NAME} would for {@code kubectl apply -k}.
 * kubectl comes from the PATH (Debian: kubernetes-client), or from {@code RAQIB_KUBECTL}.
 */
final class Kustomize {

    /** Every overlay an operator may apply. */
    static final List<String> OVERLAYS = List.of("dev", "prod", "prod-keda");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::run);
    }

    private static Manifests run(String overlay) {
        Path dir = withExamples().resolve("overlays").resolve(overlay);
        String output = exec(List.of(kubectl().toString(), "kustomize", dir.toString()), 120);
        return new Manifests(overlay, parse(output));
    }

    private static Path examples;

    /**
     * A copy of deploy/k8s in which every {@code X.example} is also {@code X}: prod reads its API keys from files
     * that are not in git (overlays/prod/api-keys/*.env), so it is rendered as an operator would after copying the
     * committed examples, and never with keys a developer may have in the checkout.
     */
    static synchronized Path withExamples() {
        if (examples != null) {
            return examples;
        }
        Path source = Repo.k8s();
        try {
            Path target = Files.createTempDirectory("raqib-k8s-");
            try (java.util.stream.Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (!file.getFileName().toString().endsWith(".env")) {
                        Files.copy(file, copy);
                        String name = copy.getFileName().toString();
                        if (name.endsWith(".example")) {
                            Files.copy(file, copy.resolveSibling(name.substring(0, name.length() - ".example".length())));
                        }
                    }
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
            examples = target;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static Path kubectl() {
        String configured = System.getenv("RAQIB_KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return onPath("kubectl").orElseGet(() -> fail("""
                kubectl is not installed, and the Kubernetes manifests of deploy/k8s cannot be rendered without it.
                Install it: apt-get install -y kubernetes-client (Debian), or point RAQIB_KUBECTL at a kubectl binary."""));
    }

    static java.util.Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    private static void delete(Path tree) {
        try (java.util.stream.Stream<Path> files = Files.walk(tree)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: left behind at worst
        }
    }

    /** Runs a command; its standard output, or a failure with its standard error (kustomize warns there too). */
    static String exec(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                return fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + err.join()
                        + out.join());
            }
            return out.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
