package io.raqib.deploy;

import static io.raqib.deploy.Manifests.container;
import static io.raqib.deploy.Manifests.name;
import static io.raqib.deploy.Manifests.podLabels;
import static io.raqib.deploy.Manifests.selects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.raqib.schemas.Topics;

/**
 * Every service runs with the three health probes, sized resources, a hardened security context, a
 * PodDisruptionBudget, a NetworkPolicy and the autoscaling it can take, in every overlay.
 */
class WorkloadsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Kafka's listener ports (plain, tls) and DNS: all the egress inside the cluster a service needs. */
    static final Set<Integer> EGRESS_PORTS = Set.of(9092, 9093, 53);

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheThreeServicesRun(String overlay) {
        Manifests m = Kustomize.render(overlay);
        Set<String> workloads = new HashSet<>();
        for (String kind : List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")) {
            m.ofKind(kind).forEach(w -> workloads.add(kind + "/" + name(w)));
        }
        Set<String> expected = new HashSet<>();
        for (Service s : Service.values()) {
            expected.add(s.kind + "/" + s.name);
        }
        assertEquals(expected, workloads, overlay);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void probesOnTheQuarkusHealthEndpoints(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode c = container(m.workload(s), s.name);
            String where = overlay + " " + s.name;
            assertProbe(c, "startupProbe", "/q/health/started", s.httpPort(), where);
            assertProbe(c, "livenessProbe", "/q/health/live", s.httpPort(), where);
            assertProbe(c, "readinessProbe", "/q/health/ready", s.httpPort(), where);
            assertTrue(hasPort(c, s.httpPort()), where + ": containerPort " + s.httpPort() + " (quarkus.http.port)");
        }
    }

    private static void assertProbe(JsonNode container, String probe, String path, int port, String where) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertFalse(httpGet.isMissingNode(), where + ": " + probe + " with httpGet");
        assertEquals(path, httpGet.path("path").asText(), where + ": " + probe + " path");
        assertEquals(port, resolvePort(container, httpGet.path("port")), where + ": " + probe + " port");
        assertTrue(container.path(probe).path("timeoutSeconds").asInt(1) >= 1, where + ": " + probe + " timeout");
    }

    private static int resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return fail("no container port named " + port.asText());
    }

    private static boolean hasPort(JsonNode container, int port) {
        for (JsonNode p : container.path("ports")) {
            if (p.path("containerPort").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void resourceRequestsAndLimits(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode resources = container(m.workload(s), s.name).path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(resources.path(bound).path(resource).asText().isBlank(),
                            overlay + " " + s.name + ": resources." + bound + "." + resource);
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void hardenedSecurityContext(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode workload = m.workload(s);
            JsonNode pod = workload.path("spec").path("template").path("spec").path("securityContext");
            JsonNode c = container(workload, s.name);
            JsonNode sc = c.path("securityContext");
            String where = overlay + " " + s.name + ": ";
            // Container settings win over the pod's: either may carry these three.
            assertTrue(effective(sc, pod, "runAsNonRoot").asBoolean(false), where + "runAsNonRoot");
            assertEquals(185, effective(sc, pod, "runAsUser").asInt(-1), where + "runAsUser 185 (the image's user)");
            assertEquals("RuntimeDefault", effective(sc, pod, "seccompProfile").path("type").asText(),
                    where + "seccompProfile RuntimeDefault");
            assertEquals("false", sc.path("allowPrivilegeEscalation").asText(), where + "allowPrivilegeEscalation");
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(false), where + "readOnlyRootFilesystem");
            assertTrue(Manifests.texts(sc.path("capabilities").path("drop")).contains("ALL"), where + "drop ALL");
            assertTrue(sc.path("capabilities").path("add").isMissingNode(), where + "no added capabilities");
            assertFalse(sc.path("privileged").asBoolean(false), where + "not privileged");
            // With a read-only root file system the JVM and Vert.x still need a writable /tmp.
            String tmpVolume = mountAt(c, "/tmp");
            assertTrue(tmpVolume != null, where + "a volume at /tmp");
            assertTrue(volume(workload, tmpVolume).has("emptyDir"), where + "/tmp is an emptyDir");
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    static String mountAt(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                return mount.path("name").asText();
            }
        }
        return null;
    }

    static JsonNode volume(JsonNode workload, String name) {
        for (JsonNode v : workload.path("spec").path("template").path("spec").path("volumes")) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        for (JsonNode claim : workload.path("spec").path("volumeClaimTemplates")) {
            if (name.equals(claim.path("metadata").path("name").asText())) {
                return claim;
            }
        }
        return fail("no volume " + name + " in " + name(workload));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVolumeMountHasItsVolume(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode workload = m.workload(s);
            for (JsonNode mount : container(workload, s.name).path("volumeMounts")) {
                volume(workload, mount.path("name").asText());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aPodDisruptionBudgetThatDoesNotBlockDrains(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode workload = m.workload(s);
            List<JsonNode> budgets = m.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> selects(p.path("spec").path("selector").path("matchLabels"), podLabels(workload)))
                    .toList();
            assertEquals(1, budgets.size(), overlay + " " + s.name + ": one PodDisruptionBudget selects its pods");
            JsonNode spec = budgets.get(0).path("spec");
            if (spec.has("minAvailable")) {
                assertTrue(spec.path("minAvailable").asInt() < minReplicas(m, s),
                        overlay + " " + s.name + ": minAvailable below the replica count, or no drain could evict it");
            } else {
                assertTrue(spec.path("maxUnavailable").asInt(0) >= 1, overlay + " " + s.name + ": maxUnavailable >= 1");
            }
        }
    }

    private static int minReplicas(Manifests m, Service s) {
        return autoscaler(m, s).map(h -> h.path("spec").path("minReplicas").asInt(1))
                .orElse(m.workload(s).path("spec").path("replicas").asInt(1));
    }

    static java.util.Optional<JsonNode> autoscaler(Manifests m, Service s) {
        return m.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> s.kind.equals(h.path("spec").path("scaleTargetRef").path("kind").asText())
                        && s.name.equals(h.path("spec").path("scaleTargetRef").path("name").asText()))
                .findFirst();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aNetworkPolicyLettingInOnlyHttpAndOutOnlyKafkaDnsAndWhatTheServiceFetches(String overlay) {
        Manifests m = Kustomize.render(overlay);
        String kafka = name(m.single("Kafka"));
        for (Service s : Service.values()) {
            String where = overlay + " " + s.name + ": ";
            JsonNode workload = m.workload(s);
            List<JsonNode> policies = m.ofKind("NetworkPolicy").stream()
                    .filter(p -> selects(p.path("spec").path("podSelector").path("matchLabels"), podLabels(workload)))
                    .toList();
            assertEquals(1, policies.size(), where + "one NetworkPolicy selects its pods");
            JsonNode spec = policies.get(0).path("spec");
            assertEquals(Set.of("Ingress", "Egress"), new HashSet<>(Manifests.texts(spec.path("policyTypes"))),
                    where + "policyTypes Ingress and Egress (default deny both ways)");

            assertFalse(spec.path("ingress").isEmpty(), where + "ingress for Prometheus at least");
            for (JsonNode rule : spec.path("ingress")) {
                assertFalse(rule.path("from").isEmpty(), where + "every ingress rule names its sources");
                assertEquals(Set.of(s.httpPort()), ports(rule), where + "ingress only to the HTTP port");
            }
            assertTrue(hasSource(spec.path("ingress"), "monitoring"), where + "Prometheus (namespace monitoring) may scrape");

            boolean toKafka = false;
            boolean toDns = false;
            for (JsonNode rule : spec.path("egress")) {
                assertFalse(rule.path("to").isEmpty(), where + "every egress rule names its destinations");
                Set<Integer> ports = ports(rule);
                assertFalse(ports.isEmpty(), where + "every egress rule names its ports");
                // Internet egress (ipBlock) is NetworkPolicyTest's: the ports each service may use there.
                boolean internet = NetworkPolicyTest.isInternetRule(rule);
                Set<Integer> allowed = internet ? NetworkPolicyTest.INTERNET_PORTS.get(s) : EGRESS_PORTS;
                assertTrue(allowed.containsAll(ports), where + "egress " + (internet ? "to the internet" : "in the cluster")
                        + " only to " + allowed + ", got " + ports);
                for (JsonNode to : rule.path("to")) {
                    toKafka |= kafka.equals(to.path("podSelector").path("matchLabels").path("strimzi.io/cluster").asText());
                }
                toDns |= !internet && ports.contains(53);
            }
            assertTrue(toKafka, where + "egress to the pods of Kafka cluster " + kafka);
            assertTrue(toDns, where + "egress to DNS");
        }
    }

    static Set<Integer> ports(JsonNode rule) {
        Set<Integer> ports = new HashSet<>();
        rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
        return ports;
    }

    private static boolean hasSource(JsonNode ingress, String namespace) {
        for (JsonNode rule : ingress) {
            for (JsonNode from : rule.path("from")) {
                if (namespace.equals(from.path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aServiceForEachWorkload(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : Service.values()) {
            JsonNode service = m.get("Service", s.name);
            assertTrue(selects(service.path("spec").path("selector"), podLabels(m.workload(s))),
                    overlay + " " + s.name + ": the Service selects its pods");
            assertEquals(s.httpPort(), service.path("spec").path("ports").path(0).path("port").asInt(),
                    overlay + " " + s.name + ": Service port");
        }
        JsonNode alert = m.workload(Service.ALERT);
        m.get("Service", alert.path("spec").path("serviceName").asText());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void nlpServiceScalesOnCpu(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : List.of(Service.NLP)) {
            String where = overlay + " " + s.name + ": ";
            JsonNode hpa = autoscaler(m, s).orElseGet(() -> fail(where + "a HorizontalPodAutoscaler"));
            JsonNode spec = hpa.path("spec");
            assertEquals("autoscaling/v2", hpa.path("apiVersion").asText(), where + "autoscaling/v2");
            assertTrue(spec.path("minReplicas").asInt(1) <= spec.path("maxReplicas").asInt(), where + "min <= max");
            boolean cpu = false;
            for (JsonNode metric : spec.path("metrics")) {
                cpu |= "cpu".equals(metric.path("resource").path("name").asText());
            }
            assertTrue(cpu, where + "scales on CPU");
            // kubectl apply would reset the autoscaler's count to a number written in the Deployment.
            assertFalse(m.workload(s).path("spec").has("replicas"), where + "no replicas in the Deployment");
        }
        // A Kafka Streams instance beyond the partition count of its input sits idle.
        int partitions = Topics.ARTICLES_RAW.partitions();
        assertTrue(autoscaler(m, Service.NLP).orElseThrow().path("spec").path("maxReplicas").asInt() <= partitions,
                overlay + " nlp-service: maxReplicas <= " + partitions + " partitions of " + Topics.ARTICLES_RAW.name());
    }

    /**
     * Two services must run as one pod for now. ingest-service: its dedup index is in each pod's memory, read from
     * ingest.dedup only at start, so a second pod would republish the duplicates the first one saw. alert-service:
     * GET /api/alerts reads the local state store only, so each of two pods would answer with half of the alerts.
     * Lift this when the code shares the index / queries every instance (deploy/k8s/README.md).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void singleInstanceServicesAreNotScaled(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Service s : List.of(Service.INGEST, Service.ALERT)) {
            assertEquals(1, m.workload(s).path("spec").path("replicas").asInt(), overlay + ": " + s.name + " replicas 1");
            assertTrue(autoscaler(m, s).isEmpty(), overlay + ": no autoscaler for " + s.name);
            for (JsonNode scaled : m.ofKind("ScaledObject")) {
                assertFalse(s.name.equals(scaled.path("spec").path("scaleTargetRef").path("name").asText()),
                        overlay + ": no ScaledObject for " + s.name);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void alertServiceKeepsItsStateOnAVolume(String overlay) {
        Manifests m = Kustomize.render(overlay);
        JsonNode alert = m.workload(Service.ALERT);
        JsonNode claims = alert.path("spec").path("volumeClaimTemplates");
        assertEquals(1, claims.size(), overlay + ": one volumeClaimTemplate");
        String claim = claims.path(0).path("metadata").path("name").asText();
        String mountPath = null;
        for (JsonNode mount : container(alert, Service.ALERT.name).path("volumeMounts")) {
            if (claim.equals(mount.path("name").asText())) {
                mountPath = mount.path("mountPath").asText();
            }
        }
        assertTrue(mountPath != null, overlay + ": the state volume is mounted");
        assertEquals(mountPath, ConfigurationTest.streamsConfig(m, Service.ALERT).get("kafka-streams.state.dir"),
                overlay + ": Kafka Streams' state.dir is on the state volume");
    }

    /** overlays/prod-keda: nlp-service scales on the lag of its consumer group, through the base's HPA. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kedaScalesNlpOnItsOwnConsumerLag(String overlay) {
        Manifests m = Kustomize.render(overlay);
        List<JsonNode> scaledObjects = m.ofKind("ScaledObject");
        if (!overlay.contains("keda")) {
            assertTrue(scaledObjects.isEmpty(), overlay + ": no ScaledObject outside the keda overlay");
            return;
        }
        assertEquals(1, scaledObjects.size(), overlay + ": one ScaledObject");
        JsonNode so = scaledObjects.get(0);
        JsonNode spec = so.path("spec");
        assertEquals(Service.NLP.name, spec.path("scaleTargetRef").path("name").asText());
        assertTrue(spec.path("maxReplicaCount").asInt() <= Topics.ARTICLES_RAW.partitions(), "maxReplicaCount <= partitions");
        // Two autoscalers on one Deployment fight: KEDA must adopt the base's HPA (kustomize v2 cannot delete it).
        String hpa = name(autoscaler(m, Service.NLP).orElseThrow());
        assertEquals("true", so.path("metadata").path("annotations").path("scaledobject.keda.sh/transfer-hpa-ownership").asText(),
                "KEDA takes over the existing HPA");
        assertEquals(hpa, spec.path("advanced").path("horizontalPodAutoscalerConfig").path("name").asText(),
                "the ScaledObject names the existing HPA");

        JsonNode kafkaTrigger = null;
        for (JsonNode t : spec.path("triggers")) {
            if ("kafka".equals(t.path("type").asText())) {
                kafkaTrigger = t;
            }
        }
        assertTrue(kafkaTrigger != null, "a kafka trigger");
        JsonNode meta = kafkaTrigger.path("metadata");
        assertEquals(Service.NLP.applicationId().orElseThrow(), meta.path("consumerGroup").asText(),
                "the consumer group is nlp-service's application id");
        assertEquals(Topics.ARTICLES_RAW.name(), meta.path("topic").asText());

        JsonNode auth = m.get("TriggerAuthentication", kafkaTrigger.path("authenticationRef").path("name").asText());
        JsonNode nlp = container(m.workload(Service.NLP), Service.NLP.name);
        for (JsonNode env : auth.path("spec").path("env")) {
            assertEquals(Service.NLP.name, env.path("containerName").asText());
            assertEquals(Service.NLP.kafkaUser, Manifests.env(nlp, env.path("name").asText()).orElse(null),
                    "KEDA logs in as nlp-service's KafkaUser");
        }
        Set<String> allowed = ConfigurationTest.allowedSecrets(m);
        for (JsonNode ref : auth.path("spec").path("secretTargetRef")) {
            assertTrue(allowed.contains(ref.path("name").asText()), "KEDA reads only Strimzi's secrets: " + ref);
        }
    }
}
