package io.raqib.deploy;

import static io.raqib.deploy.Manifests.container;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * ingest-service's feeds file (ingest-service/README.md, "The feeds file") is the ConfigMap raqib-ingest-feeds,
 * mounted read-only where raqib.ingest.feeds-file points, holding a list the service will accept at start (it does
 * not start with a file it cannot read whole).
 */
class IngestFeedsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** The fields of a feed; the service refuses any other (a misspelt one would change nothing silently). */
    static final Set<String> FIELDS = Set.of("name", "url", "pollInterval", "language", "enabled", "maxItems");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theFeedsConfigMapIsMountedWhereTheConfigurationPoints(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode workload = m.workload(Service.INGEST);
        JsonNode c = container(workload, Service.INGEST.name);
        String variable = ConfigurationTest.envName("raqib.ingest.feeds-file");
        assertTrue(Service.INGEST.properties().containsKey("raqib.ingest.feeds-file"), "the property exists");
        String file = Manifests.env(c, variable).orElseGet(() -> fail(overlay + ": " + variable + " is set"));

        JsonNode mount = null;
        for (JsonNode candidate : c.path("volumeMounts")) {
            if (file.startsWith(candidate.path("mountPath").asText() + "/")) {
                mount = candidate;
            }
        }
        if (mount == null) {
            fail(overlay + ": nothing is mounted above " + file);
        }
        assertTrue(mount.path("subPath").isMissingNode(), overlay + ": a directory mount; subPath never sees updates");
        assertTrue(mount.path("readOnly").asBoolean(false), overlay + ": mounted read-only, the ConfigMap is the truth");
        JsonNode volume = WorkloadsTest.volume(workload, mount.path("name").asText()).path("configMap");
        assertFalse(volume.isMissingNode(), overlay + ": " + file + " comes from a ConfigMap");
        String relative = file.substring(mount.path("mountPath").asText().length() + 1);
        String key = relative;
        if (volume.has("items")) {
            key = null;
            for (JsonNode item : volume.path("items")) {
                if (relative.equals(item.path("path").asText())) {
                    key = item.path("key").asText();
                }
            }
            assertTrue(key != null, overlay + ": the ConfigMap volume projects " + relative);
        }
        assertFalse(volume.path("optional").asBoolean(false), overlay + ": not optional: no feeds file, no feeds");
        JsonNode configMap = m.get("ConfigMap", volume.path("name").asText());
        assertEquals("raqib-ingest-feeds", ApiKeysTest.generatorName(Manifests.name(configMap)),
                overlay + ": generated, so that a change rolls the pod (the file is read at start)");
        JsonNode data = configMap.path("data").path(key);
        assertTrue(data.isTextual(), overlay + ": the ConfigMap has " + key);
        acceptable(overlay, data.asText());
    }

    /** What FeedSourceReader would refuse, checked here before a pod does. */
    private static void acceptable(String overlay, String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(overlay + ": feeds.json is not JSON", e);
        }
        assertTrue(root.path("feeds").isArray(), overlay + ": {\"feeds\": [...]}");
        Set<String> names = new HashSet<>();
        for (JsonNode feed : root.path("feeds")) {
            feed.fieldNames().forEachRemaining(f -> assertTrue(FIELDS.contains(f), overlay + ": unknown field " + f));
            String name = feed.path("name").asText();
            assertFalse(name.isBlank(), overlay + ": every feed has a name");
            assertTrue(names.add(name), overlay + ": feed names are unique: " + name);
            URI url = URI.create(feed.path("url").asText());
            assertTrue(Set.of("http", "https").contains(url.getScheme()) && url.getHost() != null,
                    overlay + ": " + name + ": an absolute http(s) URL");
            int port = url.getPort() == -1 ? ("https".equals(url.getScheme()) ? 443 : 80) : url.getPort();
            assertTrue(NetworkPolicyTest.INTERNET_PORTS.get(Service.INGEST).contains(port),
                    overlay + ": " + name + ": port " + port + " is not let out by ingest-service's NetworkPolicy");
        }
    }
}
