package io.raqib.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.schemas.TopicSetup;
import io.raqib.schemas.Topics;
import io.raqib.security.ApiKeys;
import io.raqib.security.KeyGen;
import io.raqib.security.Roles;
import io.raqib.testkafka.Await;
import io.raqib.testkafka.ScramBroker;
import io.raqib.testkafka.ServiceProcess;

/**
 * The three services on a broker that asks who they are (SASL/SCRAM-SHA-512) and lets each do only what the
 * Kubernetes manifests' KafkaUsers grant: the ACLs are read from {@code deploy/k8s/base/kafka/users.yaml}, so this
 * proves both that the services authenticate by configuration alone and that those ACLs are enough for them — and
 * no more: a service's credentials cannot write a topic its ACL does not name, and a wrong password gets nowhere.
 */
class KafkaAuthIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("raqib.root", "..")).toAbsolutePath().normalize();
    private static final Path LOGS = Path.of(System.getProperty("raqib.e2e.logs", "target/e2e-logs"));
    private static final String KEY = KeyGen.newKey();
    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ScramBroker broker;
    private static ServiceProcess ingest;

    @BeforeAll
    static void startSecuredPipeline() throws Exception {
        broker = ScramBroker.start();
        try (Admin admin = broker.admin()) {
            List<String> topics = TopicSetup.ensure(admin, "", (short) 1);
            Await.until(() -> haveLeaders(admin, topics), "leaders for " + topics, Duration.ofSeconds(60));
        }
        for (KafkaUsers.User user : KafkaUsers.read(ROOT.resolve("deploy/k8s/base/kafka/users.yaml"))) {
            String password = UUID.randomUUID().toString();
            PASSWORDS.put(user.name(), password);
            broker.createUser(user.name(), password);
            broker.grant(user.acls());
        }
        Path state = LOGS.resolve("auth-state-" + UUID.randomUUID().toString().substring(0, 8));
        ingest = start("ingest-service", "raqib-ingest", "kafka.", Map.of("kafka.bootstrap.servers",
                broker.bootstrapServers()));
        // The production application ids: the ACLs grant their groups, internal topics and transactional ids.
        start("nlp-service", "raqib-nlp", "kafka-streams.", Map.of("quarkus.kafka-streams.bootstrap-servers",
                broker.bootstrapServers(), "kafka-streams.state.dir", state.resolve("nlp").toString()));
        start("alert-service", "raqib-alert", "kafka-streams.", Map.of("quarkus.kafka-streams.bootstrap-servers",
                broker.bootstrapServers(), "kafka-streams.state.dir", state.resolve("alert").toString(),
                "raqib.alert.threshold", "3"));
        for (ServiceProcess service : SERVICES) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    private static boolean haveLeaders(Admin admin, List<String> topics) {
        try {
            return admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null));
        } catch (InterruptedException | ExecutionException e) {
            return false; // not known to every part of the broker yet
        }
    }

    private static ServiceProcess start(String name, String user, String kafkaPrefix, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        ScramBroker.clientConfig(user, PASSWORDS.get(user)).forEach((key, value) -> config.put(kafkaPrefix + key,
                value));
        config.put("raqib.security.api-keys.e2e.hash", ApiKeys.hash(KEY));
        config.put("raqib.security.api-keys.e2e.roles", Roles.ADMIN);
        ServiceProcess service = ServiceProcess.start(ROOT, name, LOGS.resolve("auth"), "256m", config)
                .withApiKey(KEY);
        SERVICES.add(service);
        return service;
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theServicesRunOnTheirManifestAclsAlone() throws Exception {
        var accepted = ingest.postJson("/api/articles", Files.readString(ROOT.resolve(
                "deploy/local/sample-articles.json")));
        assertEquals(202, accepted.statusCode(), accepted.body());
        Set<String> ids = new HashSet<>();
        JSON.readTree(accepted.body()).get("articles").forEach(a -> ids.add(a.get("id").asText()));

        Set<String> enriched = new HashSet<>();
        Set<String> alertSeries = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = superUserConsumer()) {
            consumer.assign(partitions(consumer, Topics.ARTICLES_ENRICHED.name(), Topics.ALERTS.name()));
            consumer.seekToBeginning(consumer.assignment());
            Await.until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.topic().equals(Topics.ARTICLES_ENRICHED.name())) {
                        enriched.add(new String(record.key()));
                    } else {
                        alertSeries.add(Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(),
                                record.value()).getSeries());
                    }
                }
                return enriched.containsAll(ids) && alertSeries.contains("border_infiltration@Hasakah");
            }, "every article enriched (" + enriched.size() + "/" + ids.size() + ") and the alert raised "
                    + alertSeries, Duration.ofSeconds(90));
        }
        for (ServiceProcess service : SERVICES) {
            String log = Files.readString(service.log());
            assertTrue(!log.contains("AuthorizationException"), service.name() + " was refused something it needs");
        }
    }

    @Test
    void aServiceCannotWriteATopicItsAclDoesNotName() {
        try (KafkaProducer<byte[], byte[]> nlp = producer("raqib-nlp", PASSWORDS.get("raqib-nlp"))) {
            var refused = assertThrows(ExecutionException.class, () -> nlp.send(new ProducerRecord<>(
                    Topics.ALERTS.name(), "forged".getBytes(), "forged".getBytes())).get());
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), refused.toString());
        }
        try (KafkaProducer<byte[], byte[]> ingestUser = producer("raqib-ingest", PASSWORDS.get("raqib-ingest"))) {
            var refused = assertThrows(ExecutionException.class, () -> ingestUser.send(new ProducerRecord<>(
                    Topics.ARTICLES_ENRICHED.name(), "forged".getBytes(), "forged".getBytes())).get());
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), refused.toString());
        }
    }

    @Test
    void aWrongPasswordGetsNowhere() {
        try (KafkaProducer<byte[], byte[]> impostor = producer("raqib-ingest", "not-the-password")) {
            var refused = assertThrows(ExecutionException.class, () -> impostor.send(new ProducerRecord<>(
                    Topics.ARTICLES_RAW.name(), "forged".getBytes(), "forged".getBytes())).get());
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.toString());
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String user, String password) {
        Map<String, Object> config = new HashMap<>(ScramBroker.clientConfig(user, password));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> superUserConsumer() {
        Map<String, Object> config = new HashMap<>(broker.superUserConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String... topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }
}
