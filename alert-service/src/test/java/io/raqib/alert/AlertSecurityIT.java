package io.raqib.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.security.SecuredProfile;
import io.raqib.testkafka.KafkaResource;

/** The desk's API with security on: reading needs alerts:read, acknowledging alerts:ack; the page itself is open. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@TestProfile(SecuredProfile.class)
class AlertSecurityIT {

    /** A restarted application answers 503 until Kafka Streams runs; the roles are what is tested here. */
    @BeforeEach
    void streamsRunning() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    @Test
    void readingAlertsSeriesAndFiguresNeedsAKeyThatMayRead() {
        for (String path : new String[] {"/api/alerts", "/api/series", "/api/figures"}) {
            given().when().get(path).then().statusCode(401);
            given().header("X-API-Key", SecuredProfile.FEEDER).when().get(path).then().statusCode(403);
            given().header("X-API-Key", SecuredProfile.DESK).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void onlyAnAnalystMayAcknowledge() {
        String body = "{\"analyst\": \"ليلى\"}";
        given().header("X-API-Key", SecuredProfile.DESK).contentType("application/json").body(body)
                .when().post("/api/alerts/nope/acknowledge").then().statusCode(403);
        // Past the role check: the alert is unknown (404), or its store is still opening (503).
        given().header("X-API-Key", SecuredProfile.ANALYST).contentType("application/json").body(body)
                .when().post("/api/alerts/nope/acknowledge").then().statusCode(anyOf(is(404), is(503)));
    }

    @Test
    void theDashboardsCookieCarriesTheKeyForItsLiveStream() {
        given().cookie("raqib-api-key", SecuredProfile.DESK).when().get("/api/alerts").then().statusCode(200);
        given().cookie("raqib-api-key", "rq_guessed").when().get("/api/alerts").then().statusCode(401);
    }

    @Test
    void theDashboardPageIsOpenAndLoadsOnlyItsOwnCode() {
        given().when().get("/dashboard/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", "DENY");
    }
}
