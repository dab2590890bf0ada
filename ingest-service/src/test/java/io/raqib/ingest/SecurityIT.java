package io.raqib.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.security.SecuredProfile;
import io.raqib.testkafka.KafkaResource;
import io.restassured.http.ContentType;

/** The ingest API with security on: who may post articles and manage sources, and what everybody else gets. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@TestProfile(SecuredProfile.class)
class SecurityIT {

    private static final String ARTICLE = """
            {"title": "اعتقال مهربين على الحدود", "body": "أعلنت قوات حرس الحدود اعتقال ثلاثة مهربين قرب منفذ ربيعة.",
             "url": "https://news.example/security-it/%s"}""";

    @Test
    void withoutAKeyTheApiAsksForOne() {
        given().contentType(ContentType.JSON).body(ARTICLE.formatted(1))
                .when().post("/api/articles")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/sources").then().statusCode(401);
    }

    @Test
    void anUnknownKeyIsRefused() {
        given().header("X-API-Key", "rq_guessed").contentType(ContentType.JSON).body(ARTICLE.formatted(2))
                .when().post("/api/articles")
                .then().statusCode(401);
    }

    @Test
    void aFeederPostsArticlesByHeaderOrBearerToken() {
        given().header("X-API-Key", SecuredProfile.FEEDER).contentType(ContentType.JSON).body(ARTICLE.formatted(3))
                .when().post("/api/articles")
                .then().statusCode(202);
        given().auth().oauth2(SecuredProfile.FEEDER).contentType(ContentType.JSON).body(ARTICLE.formatted(4))
                .when().post("/api/articles")
                .then().statusCode(202);
    }

    @Test
    void aKeyWithoutTheRoleIsForbidden() {
        given().header("X-API-Key", SecuredProfile.DESK).contentType(ContentType.JSON).body(ARTICLE.formatted(5))
                .when().post("/api/articles")
                .then().statusCode(403);
    }

    @Test
    void feedersSeeTheSourcesButOnlyOperatorsChangeThem() {
        given().header("X-API-Key", SecuredProfile.FEEDER).when().get("/api/sources").then().statusCode(200);
        String feed = "{\"name\": \"secured-feed\", \"url\": \"https://news.example/rss\", \"pollInterval\": \"PT1H\","
                + " \"enabled\": false}";
        given().header("X-API-Key", SecuredProfile.FEEDER).contentType(ContentType.JSON).body(feed)
                .when().post("/api/sources")
                .then().statusCode(403);
        given().header("X-API-Key", SecuredProfile.OPS).contentType(ContentType.JSON).body(feed)
                .when().post("/api/sources")
                .then().statusCode(201);
        given().header("X-API-Key", SecuredProfile.OPS).when().delete("/api/sources/secured-feed")
                .then().statusCode(204);
    }

    @Test
    void aKeyOverItsRateWaitsWithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", SecuredProfile.SLOW).contentType(ContentType.JSON).body(ARTICLE.formatted(10 + i))
                    .when().post("/api/articles").then().statusCode(202);
        }
        given().header("X-API-Key", SecuredProfile.SLOW).contentType(ContentType.JSON).body(ARTICLE.formatted(12))
                .when().post("/api/articles")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9]|[12][0-9]|30")); // 2/m: 30 s a request
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raqib_http_rate_limited_total{caller=\"slow\"}"));
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void browsersOnOtherSitesAreNotLetIn() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        given().when().get("/q/health/live")
                .then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }
}
