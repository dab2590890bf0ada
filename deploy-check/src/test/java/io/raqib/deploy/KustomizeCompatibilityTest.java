package io.raqib.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kustomizations stay within kustomize v2.0.3, the one kubectl 1.20 (Debian's kubernetes-client) embeds:
 * a newer kubectl renders them too, but would not notice a newer feature creeping in.
 */
class KustomizeCompatibilityTest {

    /** Fields kustomize v2.0.3 knows; later ones (components, patches, replacements, labels ...) it rejects. */
    static final Set<String> V2_FIELDS = Set.of("apiVersion", "kind", "namespace", "namePrefix", "nameSuffix",
            "commonLabels", "commonAnnotations", "resources", "bases", "crds", "configMapGenerator", "secretGenerator",
            "generatorOptions", "patchesStrategicMerge", "patchesJson6902", "images", "vars");

    /** Kinds kubectl 1.20 has no schema for: a `$patch: delete` of them is silently ignored by kustomize v2.0.3. */
    static final Set<String> NO_SCHEMA_IN_1_20 = Set.of("HorizontalPodAutoscaler", "Kafka", "KafkaTopic", "KafkaUser",
            "KafkaNodePool", "ServiceMonitor", "PrometheusRule", "ScaledObject", "TriggerAuthentication");

    static List<Path> kustomizations() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.k8s())) {
            return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
    }

    @Test
    void onlyKustomizeV2Fields() throws IOException {
        List<Path> all = kustomizations();
        assertTrue(all.size() >= 4, "base, grafana and the overlays: " + all);
        for (Path k : all) {
            JsonNode doc = Kustomize.YAML.readTree(k.toFile());
            Set<String> fields = new TreeSet<>();
            doc.fieldNames().forEachRemaining(fields::add);
            fields.removeAll(V2_FIELDS);
            assertEquals(Set.of(), fields, k + ": fields kustomize v2.0.3 does not know");
            Path dir = k.getParent();
            for (JsonNode r : doc.path("resources")) {
                assertTrue(Files.isRegularFile(dir.resolve(r.asText())),
                        k + ": resources lists files only in kustomize v2 (directories go in bases): " + r.asText());
            }
            for (JsonNode b : doc.path("bases")) {
                assertTrue(Files.isRegularFile(dir.resolve(b.asText()).resolve("kustomization.yaml")), k + ": base " + b);
            }
            for (JsonNode p : doc.path("patchesStrategicMerge")) {
                for (JsonNode patch : Kustomize.parse(Repo.read(dir.resolve(p.asText())))) {
                    assertFalse(patch.has("$patch") && NO_SCHEMA_IN_1_20.contains(patch.path("kind").asText()),
                            dir.resolve(p.asText()) + ": kustomize v2.0.3 ignores $patch on " + patch.path("kind").asText());
                }
            }
        }
    }
}
