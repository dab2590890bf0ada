package io.raqib.alert.figures;

import static io.raqib.alert.figures.ArticleFixtures.article;
import static io.raqib.alert.figures.ArticleFixtures.figure;
import static io.raqib.alert.figures.ArticleFixtures.organisation;
import static io.raqib.alert.figures.ArticleFixtures.place;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import io.raqib.schemas.EnrichedArticle;
import io.raqib.schemas.FigureCategory;
import io.raqib.schemas.Topics;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class FiguresResourceIT {

    @Test
    void figuresOnTheBrokerMakeABoardWithItsSourcesSideBySide() throws Exception {
        Instant now = Instant.now();
        List<EnrichedArticle> articles = List.of(
                article("fig-it-1", "شبكة الرافدين", now.minus(Duration.ofHours(5)),
                        "هيئة تحرير الشام تحشد نحو ثلاثة آلاف عنصر على محاور ريف إدلب",
                        List.of(organisation("Hayat Tahrir al-Sham", "هيئة تحرير الشام"),
                                organisation("Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"),
                                place("Idlib", "إدلب")),
                        List.of(figure("نحو ثلاثة آلاف عنصر", 3000.0, 3000.0, true, FigureCategory.FIGHTERS,
                                "Hayat Tahrir al-Sham", "Idlib", "Syrian Observatory for Human Rights"))),
                article("fig-it-2", "المرصد الإخباري", now.minus(Duration.ofHours(2)),
                        "مصادر محلية: أكثر من عشرة آلاف مقاتل للهيئة في إدلب وريفها",
                        List.of(organisation("Hayat Tahrir al-Sham", "هيئة تحرير الشام"), place("Idlib", "إدلب")),
                        List.of(figure("أكثر من عشرة آلاف مقاتل", 10000.0, null, false, FigureCategory.FIGHTERS,
                                "Hayat Tahrir al-Sham", "Idlib", null))));
        var topic = Topics.ARTICLES_ENRICHED;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBroker.shared().bootstrapServers()), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (EnrichedArticle a : articles) {
                producer.send(new ProducerRecord<>(topic.name(), a.getArticle().getId(), a)).get();
            }
        }

        String board = "/api/figures/Hayat Tahrir al-Sham/FIGHTERS";
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int reports = 0;
        while (reports < 2 && System.nanoTime() < until) {
            var response = given().when().get(board);
            reports = response.statusCode() == 200 ? response.then().extract().path("reports") : 0;
            Thread.sleep(200);
        }
        given().when().get(board).then().statusCode(200)
                .body("actor", equalTo("Hayat Tahrir al-Sham"))
                .body("actorAr", equalTo("هيئة تحرير الشام"))
                .body("reports", equalTo(2))
                .body("conflicting", equalTo(true))
                .body("sources[0].source", equalTo("المرصد الإخباري"))
                .body("sources[0].latest.low", equalTo(10000f))
                .body("sources[1].source", equalTo("Syrian Observatory for Human Rights"))
                .body("sources[1].sourceAr", equalTo("المرصد السوري لحقوق الإنسان"))
                .body("sources[1].latest.placeAr", equalTo("إدلب"))
                .body("sources[1].latest.approximate", equalTo(true));
        given().queryParam("category", "fighters").when().get("/api/figures").then().statusCode(200)
                .body("boards.actor", hasItem("Hayat Tahrir al-Sham"))
                .body("boards.find { it.actor == 'Hayat Tahrir al-Sham' }.sources", equalTo(2))
                .body("boards.find { it.actor == 'Hayat Tahrir al-Sham' }.min", equalTo(3000f))
                .body("boards.find { it.actor == 'Hayat Tahrir al-Sham' }.max", equalTo(10000f));
        given().queryParam("since", now.minus(Duration.ofHours(3)).toString()).when().get(board).then()
                .statusCode(200).body("reports", equalTo(1)).body("conflicting", equalTo(false));
    }

    @Test
    void parametersItCannotUseAreAnswered400AndAnUnknownBoard404() {
        given().when().get("/api/figures/ISIS/MONEY").then().statusCode(400)
                .body("error", containsString("FIGHTERS"));
        given().queryParam("category", "soldiers").when().get("/api/figures").then().statusCode(400)
                .body("error", containsString("category"));
        given().queryParam("since", "last week").when().get("/api/figures/ISIS/FIGHTERS").then().statusCode(400)
                .body("error", containsString("ISO-8601"));
        given().queryParam("actor", " ").when().get("/api/figures").then().statusCode(400);
        given().when().get("/api/figures/Nobody at all/TROOPS").then().statusCode(404)
                .body("error", containsString("Nobody at all"));
    }
}
