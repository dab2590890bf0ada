package io.raqib.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The PrometheusRule's groups through Prometheus' own checker and unit tests (src/test/resources/promtool).
 * Needs promtool (Debian: prometheus); skipped with a message when it is not installed.
 */
class PromtoolTest {

    static Optional<Path> promtool() {
        String configured = System.getenv("RAQIB_PROMTOOL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Optional<Path> onPath = Kustomize.onPath("promtool");
        if (onPath.isPresent()) {
            return onPath;
        }
        Path debian = Path.of("/usr/bin/promtool");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    static Path writeRules(Path dir) throws IOException {
        List<JsonNode> rules = Kustomize.render("prod").ofKind("PrometheusRule");
        ObjectNode file = Kustomize.YAML.createObjectNode();
        file.set("groups", Kustomize.YAML.createArrayNode());
        for (JsonNode rule : rules) {
            rule.path("spec").path("groups").forEach(g -> file.withArray("groups").add(g));
        }
        Path out = dir.resolve("raqib-rules.yaml");
        Kustomize.YAML.writeValue(out.toFile(), file);
        return out;
    }

    @Test
    void rulesPassPromtoolCheck(@TempDir Path dir) throws IOException {
        Path promtool = promtool().orElse(null);
        Assumptions.assumeTrue(promtool != null,
                "promtool not found: apt-get install -y prometheus to check the alert rules with it");
        Path rules = writeRules(dir);
        String out = Kustomize.exec(List.of(promtool.toString(), "check", "rules", rules.toString()), 60);
        assertTrue(out.contains("SUCCESS"), out);
    }

    @Test
    void rulesFireAsTheRunbookSays(@TempDir Path dir) throws IOException {
        Path promtool = promtool().orElse(null);
        Assumptions.assumeTrue(promtool != null,
                "promtool not found: apt-get install -y prometheus to unit-test the alert rules with it");
        writeRules(dir);
        Path tests = dir.resolve("raqib-rules-test.yaml");
        try (var in = PromtoolTest.class.getResourceAsStream("/promtool/raqib-rules-test.yaml")) {
            Files.copy(in, tests);
        }
        String out = Kustomize.exec(List.of(promtool.toString(), "test", "rules", tests.toString()), 60);
        assertTrue(out.contains("SUCCESS"), out);
    }
}
