package io.raqib.nlp.models;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.security.SecuredProfile;
import io.raqib.testkafka.KafkaResource;

/** Reloading the models is an operator's act: only an admin key may, and health stays open for the probes. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@TestProfile(SecuredProfile.class)
class ModelSecurityIT {

    @Test
    void onlyOperatorsSeeAndReloadTheModels() {
        given().when().get("/api/models").then().statusCode(401);
        given().header("X-API-Key", SecuredProfile.FEEDER).when().post("/api/models/reload").then().statusCode(403);
        given().header("X-API-Key", SecuredProfile.OPS).when().get("/api/models").then().statusCode(200);
        given().header("X-API-Key", SecuredProfile.OPS).when().post("/api/models/reload").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
