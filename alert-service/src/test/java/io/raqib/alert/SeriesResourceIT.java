package io.raqib.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class SeriesResourceIT {

    @Test
    void aSeriesOnTheBrokerIsChartedWindowByWindow() throws Exception {
        String topic = "camp_unrest";
        String place = "Al-Hol camp";
        Instant now = Instant.now();
        var mentions = Topics.TOPIC_MENTIONS;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()), mentions.keySerde().serializer(),
                mentions.valueSerde().serializer())) {
            for (int i = 1; i <= 2; i++) {
                var mention = Fixtures.mention("series-it-" + i, topic, place, now, "outlet " + i);
                producer.send(new ProducerRecord<>(mentions.name(), null, now.toEpochMilli(), topic + "@" + place,
                        mention)).get();
            }
        }

        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Map<String, Object>> windows = List.of();
        while (System.nanoTime() < until) {
            windows = given().queryParam("topic", topic).queryParam("place", place).when().get("/api/series")
                    .then().statusCode(200).extract().path("windows");
            // The count is kept where it is counted, the expectation a moment later where the counts are judged.
            if (!windows.isEmpty() && ((Number) windows.get(windows.size() - 1).get("observed")).intValue() == 2
                    && windows.get(windows.size() - 1).get("learned") != null) {
                break;
            }
            Thread.sleep(200);
        }
        Map<String, Object> window = windows.get(windows.size() - 1);
        assertEquals(2, ((Number) window.get("observed")).intValue(), windows.toString());
        assertEquals(2, ((Number) window.get("outlets")).intValue());
        long hour = Duration.ofHours(1).toMillis();
        assertEquals(Instant.ofEpochMilli(now.toEpochMilli() / hour * hour).toString(), window.get("start"));
        assertEquals(false, window.get("learned"), "a new series is in its warm-up");
        assertEquals(false, window.get("alert"));

        given().queryParam("topic", topic).queryParam("place", place).when().get("/api/series")
                .then().body("series", equalTo("camp_unrest@Al-Hol camp")).body("window", equalTo("PT1H"))
                .body("windows[-1].expected", greaterThan(0f));
        given().queryParam("topic", topic).queryParam("place", place).queryParam("horizon", "P1D").when()
                .get("/api/series").then().statusCode(200).body("window", equalTo("PT24H"))
                .body("windows[-1].observed", equalTo(2));
        given().when().get("/api/series").then().statusCode(200)
                .body("series.series", hasItem("camp_unrest@Al-Hol camp")).body("total", greaterThan(0));
        given().queryParam("place", place).when().get("/api/series").then().statusCode(200)
                .body("series.place", everyItem(equalTo(place)));
    }

    @Test
    void parametersItCannotUseAreAnswered400WithWhatItExpects() {
        given().queryParam("topic", "  ").when().get("/api/series").then().statusCode(400)
                .body("error", containsString("topic"));
        given().queryParam("topic", "camp_unrest@Al-Hol camp").when().get("/api/series").then().statusCode(400)
                .body("error", containsString("place="));
        given().queryParam("topic", "camp_unrest").queryParam("from", "yesterday").when().get("/api/series")
                .then().statusCode(400).body("error", containsString("ISO-8601"));
        given().queryParam("topic", "camp_unrest").queryParam("from", "2024-05-02T00:00:00Z")
                .queryParam("to", "2024-05-01T00:00:00Z").when().get("/api/series")
                .then().statusCode(400).body("error", containsString("before"));
        given().queryParam("topic", "camp_unrest").queryParam("from", "2000-01-01T00:00:00Z").when().get("/api/series")
                .then().statusCode(400).body("error", containsString("at most"));
        given().queryParam("from", "2024-05-01T00:00:00Z").when().get("/api/series").then().statusCode(400)
                .body("error", containsString("topic"));
        given().queryParam("topic", "camp_unrest").queryParam("horizon", "PT30M").when().get("/api/series")
                .then().statusCode(400).body("error", containsString("horizon"));
        given().queryParam("topic", "no_such_topic").when().get("/api/series").then().statusCode(200)
                .body("windows.size()", equalTo(0));
    }
}
