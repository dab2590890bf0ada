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

    private static final String STORY = "أعلنت قيادة قوات الحدود في بيان صباح اليوم أن وحداتها المنتشرة على الشريط الحدودي "
            + "مع سوريا رصدت مجموعة مسلحة تحاول العبور ليلا قرب منفذ القائم، وأن القوات اشتبكت معها لأكثر من ساعة قبل أن "
            + "تنسحب المجموعة إلى عمق البادية. وأضاف البيان أن طائرات الاستطلاع تتابع تحركات المتسللين، وأن التعزيزات "
            + "وصلت إلى المنطقة لسد الثغرات التي استغلها المهربون خلال الأشهر الماضية، مؤكدا أن الحدود تحت السيطرة.";

    private static String article(String url, String source, String body) {
        return "{\"title\": \"اشتباك مع متسللين قرب القائم\", \"url\": \"" + url + "\", \"source\": \"" + source
                + "\", \"body\": \"" + body + "\"}";
    }

    @Test
    void theSameArticleAgainIsNotPublishedAndTheSameStoryFromAnotherOutletListsBothOutlets() {
        String first = given().contentType(ContentType.JSON)
                .body(article("https://news.example/dedup/1", "وكالة الحدود", STORY))
                .when().post("/api/articles")
                .then().statusCode(202).body("articles[0].verdict", equalTo("new")).body("published", equalTo(1))
                .extract().path("articles[0].id");

        given().contentType(ContentType.JSON)
                .body(article("https://news.example/dedup/1?utm_source=telegram", "وكالة الحدود", STORY))
                .when().post("/api/articles")
                .then().statusCode(202).body("articles[0].verdict", equalTo("exact_duplicate"))
                .body("articles[0].duplicateOf", equalTo(first)).body("published", equalTo(0));

        String rewrite = "خاص - " + STORY.replace("صباح اليوم", "مساء الأحد") + " تابعونا على تلغرام لمزيد من الأخبار.";
        given().contentType(ContentType.JSON)
                .body(article("https://other.example/news/77", "صحيفة الرافدين", rewrite))
                .when().post("/api/articles")
                .then().statusCode(202).body("articles[0].verdict", equalTo("near_duplicate"))
                .body("articles[0].duplicateOf", equalTo(first)).body("published", equalTo(1));

        var records = TestConsumer.readUntil(TestBroker.shared().bootstrapServers(), Topics.ARTICLES_RAW,
                r -> r.key().equals(first) && r.value().getAlsoReportedBy().contains("صحيفة الرافدين"),
                Duration.ofSeconds(20));
        assertEquals("وكالة الحدود", records.get(records.size() - 1).value().getSource());

        // A restarted ingest reads what it knew back from ingest.dedup and still recognises the article.
        DedupGate restarted = new DedupGate(java.util.Map.of("bootstrap.servers", TestBroker.shared().bootstrapServers()),
                java.util.Optional.empty());
        var again = restarted.observe(new ReceivedArticle(io.raqib.schemas.RawArticle.newBuilder().setId("after-restart")
                .setSource("وكالة الحدود").setUrl("https://news.example/dedup/1").setTitle("t").setBody(STORY)
                .setLanguage("ar").setFetchedAt(java.time.Instant.now()).setContentHash("h").build(),
                io.raqib.ingest.dedup.TextFingerprint.of(STORY)));
        assertEquals(first, again.originalId());
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
