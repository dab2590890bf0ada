package io.raqib.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testkafka.KafkaResource;
import io.restassured.http.ContentType;

/**
 * Requests meant to hurt, or just broken: each gets a clear 4xx quickly, and nothing reaches articles.raw. (Invalid
 * UTF-8, an empty body and malformed JSON are in {@link ArticleResourceIT}.)
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class HostileRequestIT {

    @Test
    void tenMegabytesOfArticleAreRefusedByTheBodyLimit() {
        String body = "ن".repeat(5 * 1024 * 1024);
        refused(("{\"title\": \"t\", \"body\": \"" + body + "\"}").getBytes(StandardCharsets.UTF_8), 400,
                "the limit is 200000");
    }

    @Test
    void aRequestOverTheHttpLimitIsRefusedBeforeItIsRead() {
        byte[] seventeenMegabytes = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(seventeenMegabytes, (byte) ' ');
        long published = published();
        try {
            given().contentType(ContentType.JSON).body(seventeenMegabytes)
                    .when().post("/api/articles")
                    .then().statusCode(413);
        } catch (Exception closed) {
            // The server answers 413 and closes the connection as soon as the declared length is over the limit; a
            // client still sending then sees its pipe broken (RestAssured throws that SocketException undeclared).
            assertTrue(isConnectionClosed(closed), closed.toString());
        }
        assertEquals(published, published());
    }

    @Test
    void arraysNestedAHundredThousandDeepAreNotJson() {
        String bomb = "[".repeat(100_000) + "]".repeat(100_000);
        refused(bomb.getBytes(StandardCharsets.UTF_8), 400, "not valid JSON");
    }

    @Test
    void aNumberOfAMillionDigitsIsNotRead() {
        String number = "9".repeat(1_000_000);
        refused(("{\"title\": " + number + ", \"body\": \"x\"}").getBytes(StandardCharsets.UTF_8), 400, "JSON");
    }

    @Test
    void anEmptyArticleOrBatchIsRefused() {
        refused("{}".getBytes(StandardCharsets.UTF_8), 400, "");
        refused("{\"title\": \"\", \"body\": \"\"}".getBytes(StandardCharsets.UTF_8), 400, "");
        refused("[]".getBytes(StandardCharsets.UTF_8), 400, "empty");
        refused("null".getBytes(StandardCharsets.UTF_8), 400, "");
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        String article = "{\"title\": \"عنوان\", \"body\": \"نص\"}";
        String batch = "[" + String.join(",", java.util.Collections.nCopies(501, article)) + "]";
        refused(batch.getBytes(StandardCharsets.UTF_8), 400, "at most 500");
    }

    /** Posts {@code body}; the answer must be {@code status} with {@code error} saying so, and nothing published. */
    private static void refused(byte[] body, int status, String error) {
        long published = published();
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(status).body("error", containsString(error));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 15_000, "answered after " + millis + " ms");
        assertEquals(published, published(), "articles published by a refused request");
    }

    private static boolean isConnectionClosed(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    /** raqib_ingest_articles_published_total over all its tags. */
    private static long published() {
        return Math.round(given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("raqib_ingest_articles_published_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
    }
}
