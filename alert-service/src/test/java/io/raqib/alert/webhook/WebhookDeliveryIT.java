package io.raqib.alert.webhook;

import static io.raqib.alert.webhook.WebhookFixtures.alert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.alert.webhook.WebhookReceiver.Call;
import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.DeadLetters;
import io.raqib.schemas.Severity;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

/**
 * The service with four subscribers (WebhookReceiverResource) on a local receiver that fails on purpose. Alerts
 * are written straight to the alerts topic, as the topology would write them. %test config: 3 attempts, back-off
 * 10–50 ms, 2 s request timeout.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(WebhookReceiverResource.class)
class WebhookDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, Alert> producer;

    @BeforeAll
    static void producer() {
        var alerts = Topics.ALERTS;
        producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.shared().bootstrapServers()),
                alerts.keySerde().serializer(), alerts.valueSerde().serializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    private static WebhookReceiver receiver() {
        return WebhookReceiverResource.receiver();
    }

    /** Written to one partition, so that alerts of one test arrive in the order written. */
    private static void publish(Alert alert) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ALERTS.name(), 0, alert.getId(), alert)).get();
    }

    @Test
    void aReceiverFailingTwiceGetsTheAlertOnTheThirdCallAlwaysWithTheSameDeliveryId() throws Exception {
        receiver().script("/flaky", n -> n <= 2 ? 500 : 200);
        Alert alert = alert("flaky-1", "webhook_flaky", "Ghwayran prison", Severity.HIGH, AlertStatus.OPEN);
        publish(alert);

        receiver().await("/flaky", c -> c.answered() == 200, WAIT);
        List<Call> calls = receiver().calls("/flaky");
        assertEquals(List.of(500, 500, 200), calls.stream().map(Call::answered).toList());
        Set<String> ids = calls.stream().map(c -> c.header("X-Raqib-Delivery")).collect(Collectors.toSet());
        assertEquals(Set.of(DeliveryId.of(alert)), ids, "one idempotency key for every attempt");
        for (Call call : calls) {
            assertSignedAndFresh(call);
            assertTrue(call.header("User-Agent").startsWith("raqib-alert/"), call.header("User-Agent"));
            assertTrue(call.header("Content-Type").startsWith("application/json"), call.header("Content-Type"));
            JsonNode body = JSON.readTree(call.body());
            assertEquals("OPEN", body.path("event").asText());
            assertEquals(DeliveryId.of(alert), body.path("delivery").asText());
            assertEquals("flaky-1", body.path("alert").path("id").asText());
            assertEquals("Ghwayran prison", body.path("alert").path("place").asText());
            assertEquals("2024-03-03T09:00:00Z", body.path("alert").path("windowEnd").asText());
        }
    }

    @Test
    void aReceiverThatKeepsFailingSendsTheAlertToTheDeadLettersAndTheNextAlertStillGoesOut() throws Exception {
        receiver().script("/down", n -> n <= 3 ? 500 : 200); // down for the three calls of the first alert
        Alert first = alert("down-1", "webhook_down", null, Severity.MEDIUM, AlertStatus.OPEN);
        publish(first);

        var letters = TestConsumer.readUntil(TestBroker.shared().bootstrapServers(), Topics.ALERT_DEAD_LETTERS,
                r -> "down".equals(header(r, DeadLetterWriter.SUBSCRIBER)), WAIT);
        ConsumerRecord<byte[], byte[]> letter = letters.get(letters.size() - 1);
        assertEquals("down-1", new String(letter.key(), StandardCharsets.UTF_8));
        assertArrayEquals(Topics.ALERTS.valueSerde().serializer().serialize(Topics.ALERTS.name(), first),
                letter.value(), "the alert's bytes as they were on the alerts topic");
        assertEquals("3", header(letter, DeadLetterWriter.ATTEMPTS));
        assertEquals("500", header(letter, DeadLetterWriter.HTTP_STATUS));
        assertEquals(ReceiverRefused.class.getName(), header(letter, DeadLetters.EXCEPTION));
        assertEquals("still failing after 3 attempt(s): the receiver answered HTTP 500",
                header(letter, DeadLetters.REASON));
        assertEquals("alert-service", header(letter, DeadLetters.SERVICE));
        assertEquals(Topics.ALERTS.name(), header(letter, DeadLetters.TOPIC));
        assertEquals("0", header(letter, DeadLetters.PARTITION));

        Alert second = alert("down-2", "webhook_down", null, Severity.MEDIUM, AlertStatus.OPEN);
        publish(second);
        Call delivered = receiver().await("/down", c -> c.answered() == 200, WAIT);
        assertEquals("down-2", JSON.readTree(delivered.body()).path("alert").path("id").asText());
        assertEquals(4, receiver().calls("/down").size());

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString(deliveries("dead_lettered", "down") + " 1.0"))
                .body(containsString(deliveries("retried", "down") + " 2.0"))
                .body(containsString(deliveries("delivered", "down") + " 1.0"))
                .body(containsString("raqib_alert_webhook_delivery_latency_seconds_count"
                        + "{outcome=\"dead_lettered\",subscriber=\"down\"} 1"))
                .body(containsString("raqib_alert_webhook_lag{subscriber=\"down\"}"));
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsAFailedCall() throws Exception {
        receiver().script("/slow", n -> {
            if (n == 1) {
                Thread.sleep(4000); // the request timeout is 2 s
            }
            return 200;
        });
        Alert alert = alert("slow-1", "webhook_slow", null, Severity.LOW, AlertStatus.OPEN);
        publish(alert);

        Call second = receiver().await("/slow", c -> c.n() == 2, WAIT);
        assertEquals(200, second.answered());
        receiver().await("/slow", c -> c.n() == 1, WAIT); // answered, too late
        assertEquals(Set.of(DeliveryId.of(alert)), receiver().calls("/slow").stream()
                .map(c -> c.header("X-Raqib-Delivery")).collect(Collectors.toSet()));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(matchesRegex("(?s).*" + Pattern.quote(deliveries("retried", "slow")) + " [1-9].*"));
    }

    @Test
    void aSubscriberIsNotToldAboutTopicsItDidNotAskFor() throws Exception {
        publish(alert("elsewhere-1", "webhook_not_mine", null, Severity.CRITICAL, AlertStatus.OPEN));
        publish(alert("elsewhere-2", "webhook_elsewhere", null, Severity.LOW, AlertStatus.OPEN));

        // Same partition, so the first was read before the second arrived.
        receiver().await("/elsewhere", c -> c.answered() == 200, WAIT);
        List<String> told = receiver().calls("/elsewhere").stream()
                .map(c -> body(c).path("alert").path("id").asText()).toList();
        assertEquals(List.of("elsewhere-2"), told);
    }

    /** As a receiver checks a call: the HMAC of "<timestamp>.<body>" with the shared secret, and a recent timestamp. */
    private static void assertSignedAndFresh(Call call) throws Exception {
        String timestamp = call.header("X-Raqib-Timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WebhookReceiverResource.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, call.header("X-Raqib-Signature"));
        long age = Instant.now().getEpochSecond() - Long.parseLong(timestamp);
        assertTrue(age >= 0 && age < 300, "timestamp " + timestamp + " is " + age + " s old");
    }

    private static String deliveries(String outcome, String subscriber) {
        return "raqib_alert_webhook_deliveries_total{outcome=\"" + outcome + "\",subscriber=\"" + subscriber + "\"}";
    }

    private static JsonNode body(Call call) {
        try {
            return JSON.readTree(call.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + call.body(), e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
