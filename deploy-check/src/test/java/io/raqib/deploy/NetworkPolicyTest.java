package io.raqib.deploy;

import static io.raqib.deploy.Manifests.podLabels;
import static io.raqib.deploy.Manifests.selects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What each service may reach outside the cluster. ingest-service fetches feeds and article pages from the news
 * outlets (HTTP and HTTPS); alert-service posts to webhook receivers (HTTPS); nlp-service reaches nothing but Kafka
 * and DNS. Where the internet is open, the private, loopback, link-local (cloud metadata) and CGNAT ranges are
 * not: the same addresses ingest-service's SSRF guard refuses.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** The ports each service may use on the internet. */
    static final Map<Service, Set<Integer>> INTERNET_PORTS = Map.of(
            Service.INGEST, Set.of(80, 443),
            Service.ALERT, Set.of(443),
            Service.NLP, Set.of());

    /** Must stay closed in every ipBlock: what AddressGuard refuses that a cluster or a cloud uses. */
    static final Set<String> EXCEPT_V4 = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
            "169.254.0.0/16", "100.64.0.0/10");
    static final Set<String> EXCEPT_V6 = Set.of("::1/128", "fc00::/7", "fe80::/10");

    /** A rule whose destinations are addresses (ipBlock) rather than pods of the cluster. */
    static boolean isInternetRule(JsonNode rule) {
        boolean any = false;
        for (JsonNode to : rule.path("to")) {
            any |= to.has("ipBlock");
        }
        return any;
    }

    private static JsonNode policy(Manifests m, Service s) {
        List<JsonNode> policies = m.ofKind("NetworkPolicy").stream()
                .filter(p -> selects(p.path("spec").path("podSelector").path("matchLabels"), podLabels(m.workload(s))))
                .toList();
        assertEquals(1, policies.size(), m.overlay + " " + s.name + ": one NetworkPolicy");
        return policies.get(0).path("spec");
    }

    /** The TCP ports open to the whole IPv4 and IPv6 internet (0.0.0.0/0 and ::/0). */
    private static Set<Integer> openToTheInternet(JsonNode spec, String cidr) {
        Set<Integer> ports = new HashSet<>();
        for (JsonNode rule : spec.path("egress")) {
            for (JsonNode to : rule.path("to")) {
                if (cidr.equals(to.path("ipBlock").path("cidr").asText())) {
                    rule.path("ports").forEach(p -> {
                        if ("TCP".equals(p.path("protocol").asText("TCP"))) {
                            ports.add(p.path("port").asInt());
                        }
                    });
                }
            }
        }
        return ports;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesExactlyTheInternetPortsItNeeds(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode spec = policy(m, s);
            assertEquals(INTERNET_PORTS.get(s), openToTheInternet(spec, "0.0.0.0/0"), overlay + " " + s.name + ": IPv4");
            assertEquals(INTERNET_PORTS.get(s), openToTheInternet(spec, "::/0"), overlay + " " + s.name + ": IPv6");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void ingestFetchesFeedsOverHttpAndHttps(String overlay) {
        JsonNode spec = policy(Kustomize.render(overlay), Service.INGEST);
        assertTrue(openToTheInternet(spec, "0.0.0.0/0").containsAll(Set.of(80, 443)), overlay + ": feeds on 80 and 443");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void nlpHasNoInternetEgress(String overlay) {
        JsonNode spec = policy(Kustomize.render(overlay), Service.NLP);
        assertFalse(spec.path("egress").isMissingNode(), overlay + ": nlp-service's egress is listed (default deny)");
        for (JsonNode rule : spec.path("egress")) {
            assertFalse(rule.path("to").isEmpty(), overlay + ": a rule without destinations is open to everything");
            for (JsonNode to : rule.path("to")) {
                assertFalse(to.has("ipBlock"), overlay + ": nlp-service reaches no address outside the cluster: " + to);
                assertFalse(to.path("podSelector").path("matchLabels").isEmpty(),
                        overlay + ": every destination is a selected set of pods (Kafka, DNS): " + to);
            }
        }
    }

    /** Every address block lets out the internet only: private, loopback, link-local and CGNAT stay closed. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theInternetButNotTheClusterOrTheCloudsMetadata(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            for (JsonNode rule : policy(m, s).path("egress")) {
                for (JsonNode to : rule.path("to")) {
                    JsonNode block = to.path("ipBlock");
                    if (block.isMissingNode()) {
                        continue;
                    }
                    for (JsonNode other : rule.path("to")) {
                        assertTrue(other.has("ipBlock"), overlay + " " + s.name
                                + ": address blocks are not mixed with pod selectors in one rule (their ports differ)");
                    }
                    Set<String> except = new HashSet<>(Manifests.texts(block.path("except")));
                    String cidr = block.path("cidr").asText();
                    Set<String> needed = cidr.contains(":") ? EXCEPT_V6 : EXCEPT_V4;
                    assertTrue(except.containsAll(needed), overlay + " " + s.name + ": " + cidr + " must except "
                            + needed + ", excepts " + except);
                }
            }
        }
    }

    /** DNS on UDP and TCP (answers over 512 bytes fall back to TCP), to the cluster's DNS pods only. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void dnsOverUdpAndTcpToTheClustersDns(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            Set<String> protocols = new HashSet<>();
            for (JsonNode rule : policy(m, s).path("egress")) {
                for (JsonNode port : rule.path("ports")) {
                    if (port.path("port").asInt() != 53) {
                        continue;
                    }
                    protocols.add(port.path("protocol").asText("TCP"));
                    for (JsonNode to : rule.path("to")) {
                        assertEquals("kube-dns", to.path("podSelector").path("matchLabels").path("k8s-app").asText(),
                                overlay + " " + s.name + ": port 53 only to the cluster's DNS: " + to);
                    }
                }
            }
            assertEquals(Set.of("UDP", "TCP"), protocols, overlay + " " + s.name + ": DNS");
        }
    }
}
