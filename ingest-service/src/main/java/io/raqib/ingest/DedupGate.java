package io.raqib.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
 *
 * <p>The mirror never holds a request longer than Kafka may ({@code raqib.ingest.ack-timeout-ms}, as the articles'
 * producer): its records are sent after the index let go of its lock, by the thread whose article changed the index,
 * and {@link #persist} waits for that thread's records only until the deadline. With the broker away, a send used to
 * wait a minute for metadata while holding the index, and every other request queued behind it; now the request
 * gets its 503 from the articles' producer in time, and an index change that could not be mirrored is logged and
 * counted ({@code raqib.ingest.dedup.unsaved}): at worst, a restart takes that article for new again.
 */
@ApplicationScoped
public class DedupGate {

    private static final Logger LOG = Logger.getLogger(DedupGate.class);

    private final DuplicateIndex index;
    private final KafkaProducer<String, byte[]> state;
    private final Topic<String, byte[]> topic;
    private final long ackTimeoutMs;
    private final Counter unsaved;
    /** The index changes a thread made under the index's lock, to be sent once it let go. */
    private final ThreadLocal<List<ProducerRecord<String, byte[]>>> changes = ThreadLocal.withInitial(ArrayList::new);
    /** What a thread sent since its last {@link #persist}. */
    private final ThreadLocal<List<Future<RecordMetadata>>> sent = ThreadLocal.withInitial(ArrayList::new);

    @Inject
    public DedupGate(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> prefix,
            @ConfigProperty(name = "raqib.ingest.ack-timeout-ms", defaultValue = "10000") long ackTimeoutMs,
            MeterRegistry metrics) {
        this.topic = Topics.INGEST_DEDUP.withPrefix(prefix.orElse(""));
        this.ackTimeoutMs = ackTimeoutMs;
        this.unsaved = metrics.counter("raqib.ingest.dedup.unsaved");
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-dedup");
        ArticlePublisher.failFast(producerConfig, ackTimeoutMs);
        this.state = new KafkaProducer<>(producerConfig, topic.keySerde().serializer(), topic.valueSerde().serializer());
        List<RememberedArticle> remembered = read(kafkaConfig);
        this.index = DuplicateIndex.restore(DedupConfig.defaults(), remembered, new IndexChangeListener() {
            @Override
            public void remembered(RememberedArticle article) {
                changes.get().add(new ProducerRecord<>(topic.name(), article.id(), DedupStateCodec.encode(article)));
            }

            @Override
            public void forgotten(String id) {
                changes.get().add(new ProducerRecord<>(topic.name(), id, null));
            }
        });
        sendChanges(false);
        LOG.infof("dedup index restored with %d recent articles", index.size());
    }

    /** For tests and tools: the default timeout, metrics nobody reads. */
    public DedupGate(Map<String, Object> kafkaConfig, Optional<String> prefix) {
        this(kafkaConfig, prefix, 10_000, new SimpleMeterRegistry());
    }

    public Verdict observe(RawArticle article) {
        Verdict verdict = index.observe(IncomingArticle.withRawUrl(article.getId(), article.getUrl(),
                article.getSource(), article.getBody(), article.getFetchedAt()));
        sendChanges(true);
        return verdict;
    }

    /** Takes back what {@link #observe} learned from an article that could not be published. */
    public void forget(String id) {
        index.forget(id);
        sendChanges(false); // the request is refused already: nobody waits for this
    }

    /**
     * Waits until what this thread's articles taught the index is on the broker, or Kafka's time is up: call before
     * acknowledging the articles.
     */
    public void persist() {
        List<Future<RecordMetadata>> pending = sent.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMs);
        try {
            for (Future<RecordMetadata> future : pending) {
                try {
                    future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    unsaved(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pending.clear();
        }
    }

    private void sendChanges(boolean awaited) {
        List<ProducerRecord<String, byte[]>> made = changes.get();
        for (ProducerRecord<String, byte[]> change : made) {
            try {
                Future<RecordMetadata> future = state.send(change);
                if (awaited) {
                    sent.get().add(future);
                }
            } catch (KafkaException e) { // no metadata within max.block.ms: the broker is away
                unsaved(e);
            }
        }
        made.clear();
    }

    private void unsaved(Exception e) {
        unsaved.increment();
        LOG.warnf("an index change was not mirrored to %s (a restart may take that article for new again): %s",
                topic.name(), e.getMessage());
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
