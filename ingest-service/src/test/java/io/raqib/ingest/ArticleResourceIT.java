package io.raqib.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ArticleResourceIT {

    private static final String ARTICLE = """
            {"title": "مخاوف من تسلل عناصر مسلحة عبر الحدود",
             "body": "حذر مسؤول أمني من محاولات تسلل عبر الحدود مع سوريا.",
             "url": "https://news.example/resource-it/1",
             "source": "وكالة الشمال",
             "publishedAt": "2024-04-30T21:15:00+03:00"}""";

    @Test
    void anAcceptedArticleIsOnArticlesRawWhenTheClientHearsBack() {
        String id = given().contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/articles")
                .then().statusCode(202).body("count", equalTo(1))
                .extract().path("articles[0].id");

        var records = TestConsumer.readUntil(TestBroker.shared().bootstrapServers(), Topics.ARTICLES_RAW,
                r -> r.key().equals(id), Duration.ofSeconds(20));
        var article = records.get(records.size() - 1).value();
        assertEquals("وكالة الشمال", article.getSource());
        assertEquals("ar", article.getLanguage());
    }

    @Test
    void acceptsABatch() {
        given().contentType(ContentType.JSON)
                .body("[" + ARTICLE + ", {\"title\": \"عنوان\", \"body\": \"نص ثان\"}]")
                .when().post("/api/articles")
                .then().statusCode(202).body("count", equalTo(2));
    }

    @Test
    void refusesAnEmptyBody() {
        given().contentType(ContentType.JSON).body("{\"title\": \"عنوان\", \"body\": \"  \"}")
                .when().post("/api/articles")
                .then().statusCode(400).body("field", equalTo("body"))
                .body("error", containsString("body"));
    }

    @Test
    void refusesABatchWithOneBadArticleAndSaysWhich() {
        given().contentType(ContentType.JSON).body("[" + ARTICLE + ", {\"title\": \"عنوان\"}]")
                .when().post("/api/articles")
                .then().statusCode(400).body("field", equalTo("[1].body"))
                .body("error", containsString("article 1"));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"title\": \"caf\u00e9\", \"body\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType(ContentType.JSON).body(latin1)
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("not valid UTF-8"));
    }

    @Test
    void refusesMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("not valid JSON"));
    }

    @Test
    void refusesABodyOverTheLimit() {
        String huge = "ن".repeat(200_001);
        given().contentType(ContentType.JSON).body("{\"title\": \"t\", \"body\": \"" + huge + "\"}")
                .when().post("/api/articles")
                .then().statusCode(400).body("error", containsString("the limit is 200000"));
    }

    @Test
    void refusesOtherMediaTypes() {
        given().contentType(ContentType.TEXT).body("نص")
                .when().post("/api/articles")
                .then().statusCode(415);
    }

    @Test
    void isReadyAndExposesMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/articles");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raqib_ingest_articles_published_total"));
    }
}
