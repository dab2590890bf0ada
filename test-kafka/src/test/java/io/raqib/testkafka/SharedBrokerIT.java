package io.raqib.testkafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

class SharedBrokerIT {

    private final String bootstrap = TestBroker.shared().bootstrapServers();

    @Test
    void createsEveryPipelineTopicWithItsPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> names = admin.listTopics().names().get();
            for (Topic<?, ?> topic : Topics.all()) {
                assertTrue(names.contains(topic.name()), topic.name());
                int partitions = admin.describeTopics(Set.of(topic.name())).allTopicNames().get()
                        .get(topic.name()).partitions().size();
                assertEquals(topic.partitions(), partitions, topic.name());
            }
        }
    }

    @Test
    void carriesATransactionalRecordToAReadCommittedConsumer() throws Exception {
        Topic<String, RawArticle> topic = Topics.ARTICLES_RAW;
        RawArticle article = RawArticle.newBuilder().setId("broker-check").setSource("test").setTitle("عنوان")
                .setBody("نص الخبر").setLanguage("ar").setFetchedAt(Instant.now()).setContentHash("h").build();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-broker-it");
        try (var producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), article.getId(), article));
            producer.commitTransaction();
        }
        var read = TestConsumer.readUntil(bootstrap, topic, r -> r.key().equals("broker-check"), Duration.ofSeconds(30));
        assertEquals(article, read.get(read.size() - 1).value());
    }
}
