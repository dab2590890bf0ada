package io.raqib.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The rendered resources of one overlay, with the look-ups the tests need. */
final class Manifests {

    final String overlay;
    final List<JsonNode> docs;

    Manifests(String overlay, List<JsonNode> docs) {
        this.overlay = overlay;
        this.docs = List.copyOf(docs);
    }

    List<JsonNode> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail(overlay + ": no " + kind + " named " + name));
    }

    /** The one resource of a kind, e.g. the Kafka cluster. */
    JsonNode single(String kind) {
        List<JsonNode> all = ofKind(kind);
        assertEquals(1, all.size(), overlay + ": exactly one " + kind);
        return all.get(0);
    }

    JsonNode workload(Service service) {
        return get(service.kind, service.name);
    }

    /** The container named like its service. */
    static JsonNode container(JsonNode workload, String name) {
        for (JsonNode c : workload.path("spec").path("template").path("spec").path("containers")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        return fail("no container " + name + " in " + name(workload));
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return strings(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    /** A map of strings, as in labels, matchLabels or ConfigMap data. */
    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    /** Whether every label a selector asks for is on the pod. An empty selector selects every pod: not a match. */
    static boolean selects(JsonNode matchLabels, Map<String, String> podLabels) {
        Map<String, String> wanted = strings(matchLabels);
        return !wanted.isEmpty() && wanted.entrySet().stream()
                .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }

    /** The value of a container's environment variable given inline. */
    static Optional<String> env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText()) && e.has("value")) {
                return Optional.of(e.path("value").asText());
            }
        }
        return Optional.empty();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
