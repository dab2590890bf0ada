package io.raqib.nlp.stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.schemas.Topics;
import io.raqib.schemas.streams.ByTopic;
import io.raqib.testkafka.KafkaResource;
import io.raqib.testkafka.TestBroker;
import io.raqib.testkafka.TestConsumer;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class EnrichmentIT {

    private final String bootstrap = TestBroker.shared().bootstrapServers();

    @Test
    void enrichesArticlesFromTheBrokerExactlyOnceAndDeadLettersPoison() throws Exception {
        var article = EnrichmentTopologyTest.article("it-1", Instant.now());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                org.apache.kafka.common.serialization.Serdes.String().serializer(),
                org.apache.kafka.common.serialization.Serdes.ByteArray().serializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), "poison", new byte[] {0, 1, 2})).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), article.getId(),
                    Topics.ARTICLES_RAW.valueSerde().serializer().serialize("t", article))).get();
        }

        var enriched = TestConsumer.readUntil(bootstrap, Topics.ARTICLES_ENRICHED, r -> r.key().equals("it-1"),
                Duration.ofSeconds(60));
        assertEquals(1, enriched.stream().filter(r -> r.key().equals("it-1")).count());
        var mentions = TestConsumer.readUntil(bootstrap, Topics.TOPIC_MENTIONS,
                r -> r.value().getArticleId().equals("it-1"), Duration.ofSeconds(10));
        // Each on its topic's partition, where alert-service counts a topic and its places together.
        for (var mention : mentions) {
            assertEquals(ByTopic.partition(mention.key(), Topics.TOPIC_MENTIONS.partitions()), mention.partition(),
                    mention.key());
        }
        var dead = TestConsumer.readUntil(bootstrap, Topics.NLP_DEAD_LETTERS,
                r -> new String(r.key()).equals("poison"), Duration.ofSeconds(10));
        assertTrue(dead.size() >= 1);

        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("raqib_nlp_dead_letters_total"));
    }

    @Test
    void saysWhichModelsEnrichAndReloadsThemOnRequest() {
        String version = given().when().get("/api/models").then().statusCode(200)
                .body("origin", org.hamcrest.Matchers.equalTo("jar"))
                .extract().path("version");
        assertTrue(version.startsWith("extractor-"), version);
        // The jar's models cannot change: a reload finds nothing new and keeps them in service.
        given().when().post("/api/models/reload").then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("unchanged"))
                .body("version", org.hamcrest.Matchers.equalTo(version));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raqib_nlp_model_info{version=\"" + version + "\""));
    }
}
