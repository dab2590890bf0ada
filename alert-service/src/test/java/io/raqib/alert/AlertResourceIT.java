package io.raqib.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class AlertResourceIT {

    @TestHTTPResource("/api/alerts/stream")
    URI stream;

    @Test
    void aSpikeOnTheBrokerBecomesAnAlertOnTheTopicInTheApiAndOnTheLiveStream() throws Exception {
        // A desk listening to the live stream before the spike.
        List<String> events = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
        Thread.sleep(1500); // the feed positions itself at the end of the alerts topic

        String bootstrap = TestBroker.shared().bootstrapServers();
        String series = "prison_break@Ghwayran prison";
        Instant now = Instant.now();
        var topic = Topics.TOPIC_MENTIONS;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int i = 1; i <= 3; i++) {
                var mention = Fixtures.mention("it-" + i, "prison_break", "Ghwayran prison", now, "outlet " + i);
                producer.send(new ProducerRecord<>(topic.name(), null, now.toEpochMilli(), series, mention)).get();
            }
        }

        var alerts = TestConsumer.readUntil(bootstrap, Topics.ALERTS, r -> r.value().getSeries().equals(series),
                Duration.ofSeconds(60));
        String id = alerts.get(alerts.size() - 1).key();

        given().queryParam("topic", "prison_break").when().get("/api/alerts")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1))
                .body("alerts[0].place", equalTo("Ghwayran prison"))
                .body("alerts[0].observed", equalTo(3))
                .body("alerts[0].evidence.size()", equalTo(3));
        given().when().get("/api/alerts/" + id).then().statusCode(200).body("id", equalTo(id));
        given().when().get("/api/alerts/nope").then().statusCode(404);

        // An analyst acknowledges it; the change comes back through the topology.
        given().contentType("application/json").body("{\"note\": \"no analyst\"}")
                .when().post("/api/alerts/" + id + "/acknowledge").then().statusCode(400);
        given().contentType("application/json").body("{\"analyst\": \"ليلى\"}")
                .when().post("/api/alerts/nope/acknowledge").then().statusCode(404);
        given().contentType("application/json").body("{\"analyst\": \"ليلى\", \"note\": \"قيد المتابعة\"}")
                .when().post("/api/alerts/" + id + "/acknowledge").then().statusCode(202);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String status = "";
        while (!status.equals("ACKNOWLEDGED") && System.nanoTime() < until) {
            status = given().when().get("/api/alerts/" + id).then().extract().path("status");
            Thread.sleep(100);
        }
        given().when().get("/api/alerts/" + id).then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("ليلى")).body("note", equalTo("قيد المتابعة"));
        given().queryParam("limit", 0).when().get("/api/alerts").then().statusCode(400)
                .body("error", containsString("limit"));
        given().queryParam("since", "yesterday").when().get("/api/alerts").then().statusCode(400);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (events.stream().noneMatch(e -> e.startsWith("data:") && e.contains(id)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(events.stream().anyMatch(e -> e.startsWith("data:") && e.contains("\"series\":\"" + series + "\"")),
                events.toString());
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("kafka_stream"));
    }

    @Test
    void aTopicSpikeAndItsPlaceSpikeAreListedAsOneIncident() throws Exception {
        String bootstrap = TestBroker.shared().bootstrapServers();
        Instant now = Instant.now();
        var topic = Topics.TOPIC_MENTIONS;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (String place : new String[] {null, "Raqqa"}) {
                for (int i = 1; i <= 3; i++) {
                    var mention = Fixtures.mention("kidnap-" + place + "-" + i, "kidnapping", place, now, "outlet " + i);
                    String series = place == null ? "kidnapping" : "kidnapping@" + place;
                    producer.send(new ProducerRecord<>(topic.name(), null, now.toEpochMilli(), series, mention)).get();
                }
            }
        }
        // Published by series (Kafka's default partitioner, not nlp-service's ByTopic), the place series lands on
        // another partition than its topic: it crosses to its topic's before it is counted (OnTopicPartition).
        TestConsumer.readUntil(bootstrap, Topics.ALERTS, r -> "kidnapping@Raqqa".equals(r.value().getSeries())
                && r.value().getParentId() != null, Duration.ofSeconds(60));

        given().queryParam("topic", "kidnapping").queryParam("grouped", true).when().get("/api/alerts")
                .then().statusCode(200).body("total", equalTo(1))
                .body("alerts[0].series", equalTo("kidnapping"))
                .body("alerts[0].window", equalTo("PT1H"))
                .body("alerts[0].places.size()", equalTo(1))
                .body("alerts[0].places[0].series", equalTo("kidnapping@Raqqa"))
                .body("alerts[0].placeAlertIds[0]", equalTo(given().queryParam("place", "Raqqa").when()
                        .get("/api/alerts").then().extract().path("alerts[0].id")));
        given().queryParam("topic", "kidnapping").when().get("/api/alerts")
                .then().statusCode(200).body("total", equalTo(2));
    }
}
