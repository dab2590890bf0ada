package io.raqib.nlp.models;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.security.OidcProfile;
import io.raqib.security.Roles;
import io.raqib.security.SecuredProfile;
import io.raqib.testkafka.KafkaResource;

/**
 * With an identity provider configured, people come with its bearer tokens and their groups are Raqib roles; the
 * machines' API keys keep working beside them, and are never mistaken for tokens.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@TestProfile(OidcProfile.class)
class OidcSecurityIT {

    @Test
    void aTokenOfTheProviderCarriesItsGroupsAsRoles() {
        bearer(OidcProfile.token("amal", List.of(Roles.ADMIN), Duration.ofMinutes(5))).get("/api/models").then()
                .statusCode(200);
        bearer(OidcProfile.token("omar", List.of(Roles.ALERTS_READ), Duration.ofMinutes(5))).get("/api/models")
                .then().statusCode(403);
    }

    @Test
    void aForgedOrExpiredTokenIsRefused() {
        bearer(OidcProfile.forgedToken("mallory", List.of(Roles.ADMIN))).get("/api/models").then().statusCode(401);
        bearer(OidcProfile.token("amal", List.of(Roles.ADMIN), Duration.ofMinutes(-10))).get("/api/models").then()
                .statusCode(401);
    }

    @Test
    void apiKeysStillWorkBesideTokens() {
        bearer(SecuredProfile.OPS).get("/api/models").then().statusCode(200);
        bearer("rq_not-a-key").get("/api/models").then().statusCode(401);
        given().when().get("/api/models").then().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).when();
    }
}
