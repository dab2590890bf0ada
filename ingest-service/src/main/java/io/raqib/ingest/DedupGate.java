package io.raqib.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.raqib.ingest.dedup.DedupConfig;
import io.raqib.ingest.dedup.DedupStateCodec;
import io.raqib.ingest.dedup.DuplicateIndex;
import io.raqib.ingest.dedup.IncomingArticle;
import io.raqib.ingest.dedup.IndexChangeListener;
import io.raqib.ingest.dedup.RememberedArticle;
import io.raqib.ingest.dedup.Verdict;
import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;
import io.smallrye.common.annotation.Identifier;

/**
 * Every article passes here before it is published: new, the same article again, or the same story from another
 * outlet. What the index remembers is mirrored to the compacted {@code ingest.dedup} topic and read back at start,
 * so a restart does not publish the last two days again.
 */
@ApplicationScoped
public class DedupGate {

    private static final Logger LOG = Logger.getLogger(DedupGate.class);

    private final DuplicateIndex index;
    private final KafkaProducer<String, byte[]> state;
    private final Topic<String, byte[]> topic;

    public DedupGate(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> prefix) {
        this.topic = Topics.INGEST_DEDUP.withPrefix(prefix.orElse(""));
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-dedup");
        this.state = new KafkaProducer<>(producerConfig, topic.keySerde().serializer(), topic.valueSerde().serializer());
        List<RememberedArticle> remembered = read(kafkaConfig);
        this.index = DuplicateIndex.restore(DedupConfig.defaults(), remembered, new IndexChangeListener() {
            @Override
            public void remembered(RememberedArticle article) {
                state.send(new ProducerRecord<>(topic.name(), article.id(), DedupStateCodec.encode(article)));
            }

            @Override
            public void forgotten(String id) {
                state.send(new ProducerRecord<>(topic.name(), id, null));
            }
        });
        LOG.infof("dedup index restored with %d recent articles", index.size());
    }

    public Verdict observe(RawArticle article) {
        return index.observe(IncomingArticle.withRawUrl(article.getId(), article.getUrl(), article.getSource(),
                article.getBody(), article.getFetchedAt()));
    }

    /** Takes back what {@link #observe} learned from an article that could not be published. */
    public void forget(String id) {
        index.forget(id);
    }

    /** Waits until what the index learned is on the broker: call before acknowledging the articles. */
    public void persist() {
        state.flush();
    }

    /** The outlet that first carried a story the index remembers. */
    public Optional<String> outletOf(String id) {
        return index.remembered(id).map(RememberedArticle::outlet);
    }

    /** The compacted topic from its beginning to its end as of now; the latest record per article wins. */
    private List<RememberedArticle> read(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-service-dedup-restore");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Assigned partitions read from the start: no group, no offsets to commit (and no group ACL needed).
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, RememberedArticle> latest = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), DedupStateCodec.decode(record.value()));
                    }
                }
            }
        }
        return List.copyOf(latest.values());
    }

    @PreDestroy
    void close() {
        state.close();
    }
}
