package io.raqib.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
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
import io.micrometer.core.instrument.FunctionCounter;
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
import io.raqib.schemas.StepCpu;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;
import io.smallrye.common.annotation.Identifier;

/**
 * Every article passes here before it is published: new, the same article again, or the same story from another
 * outlet. What the index remembers is mirrored to the compacted {@code ingest.dedup} topic and read back at start,
 * so a restart does not publish the last two days again.
 *
 * <p>The mirror never holds a request: its records are sent by a thread of its own, in order, after the index let go
 * of its lock, and {@link #persist} waits for a request's records only until the request's deadline (Kafka's time,
 * {@code raqib.ingest.ack-timeout-ms}, from the request's start). With the broker away, a send used to wait a minute for metadata while
 * holding the index, and every other request queued behind it; now the request gets its 503 from the articles'
 * producer in time, and an index change that could not be mirrored is logged and counted
 * ({@code raqib.ingest.dedup.unsaved}): at worst, a restart takes that article for new again.
 */
@ApplicationScoped
public class DedupGate {

    private static final Logger LOG = Logger.getLogger(DedupGate.class);

    private final DuplicateIndex index;
    private final KafkaProducer<String, byte[]> state;
    private final Topic<String, byte[]> topic;
    private final long ackTimeoutMs;
    private final Counter unsaved;
    private final StepCpu lookups = new StepCpu();
    /** The index changes a thread made under the index's lock, to be sent once it let go. */
    private final ThreadLocal<List<ProducerRecord<String, byte[]>>> changes = ThreadLocal.withInitial(ArrayList::new);
    /** What a thread handed to the mirror since its last {@link #persist}. */
    private final ThreadLocal<List<CompletableFuture<RecordMetadata>>> sent = ThreadLocal.withInitial(ArrayList::new);
    /** The index changes waiting for the mirror's thread, at most: past that, the broker is long away. */
    static final int MIRROR_BACKLOG = 10_000;
    private final BlockingQueue<Change> backlog = new ArrayBlockingQueue<>(MIRROR_BACKLOG);
    private final Thread mirror = new Thread(this::mirrorChanges, "dedup-mirror");
    private volatile boolean closing;

    /** An index change on its way to the topic, and what its sender may wait on. */
    private record Change(ProducerRecord<String, byte[]> record, CompletableFuture<RecordMetadata> sent) {
    }

    @Inject
    public DedupGate(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> prefix,
            @ConfigProperty(name = "raqib.ingest.ack-timeout-ms", defaultValue = "10000") long ackTimeoutMs,
            MeterRegistry metrics) {
        this.topic = Topics.INGEST_DEDUP.withPrefix(prefix.orElse(""));
        this.ackTimeoutMs = ackTimeoutMs;
        this.unsaved = metrics.counter("raqib.ingest.dedup.unsaved");
        FunctionCounter.builder(StepCpu.METRIC, lookups, StepCpu::seconds).baseUnit("seconds").tag("step", "dedup")
                .description("CPU time of the dedup index's lookups").register(metrics);
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
        mirror.setDaemon(true);
        mirror.start();
        sendChanges(false);
        LOG.infof("dedup index restored with %d recent articles", index.size());
    }

    /** For tests and tools: the default timeout, metrics nobody reads. */
    public DedupGate(Map<String, Object> kafkaConfig, Optional<String> prefix) {
        this(kafkaConfig, prefix, 10_000, new SimpleMeterRegistry());
    }

    /** Judges the article by the fingerprint its body got when the article was made: the body is not folded again. */
    public Verdict observe(ReceivedArticle received) {
        RawArticle article = received.article();
        Verdict verdict = lookups.time(() -> index.observe(IncomingArticle.withRawUrl(article.getId(),
                article.getUrl(), article.getSource(), received.bodyFingerprint(), article.getFetchedAt())));
        sendChanges(true);
        return verdict;
    }

    /** Takes back what {@link #observe} learned from an article that could not be published. */
    public void forget(String id) {
        index.forget(id);
        sendChanges(false); // the request is refused already: nobody waits for this
    }

    /**
     * Waits until what this thread's articles taught the index is on the broker, or until {@code deadline}
     * ({@link System#nanoTime}): call before acknowledging the articles, with the request's deadline. A change not
     * confirmed by then is still on its way (or counted as unsaved when it fails); the articles themselves are on
     * Kafka, which is what the acknowledgement says.
     */
    public void persist(long deadline) {
        List<CompletableFuture<RecordMetadata>> pending = sent.get();
        try {
            for (CompletableFuture<RecordMetadata> future : pending) {
                try {
                    future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // counted where it failed (mirrorChanges), or not failed yet
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pending.clear();
        }
    }

    /**
     * Hands the index changes this thread made to the mirror's own thread, which keeps them in order. A send can
     * block (up to max.block.ms when the broker is away and the producer has no metadata), and that must not be the
     * request's time: one request of ten articles would wait ten times.
     */
    private void sendChanges(boolean awaited) {
        List<ProducerRecord<String, byte[]>> made = changes.get();
        for (ProducerRecord<String, byte[]> record : made) {
            Change change = new Change(record, new CompletableFuture<>());
            if (!backlog.offer(change)) { // MIRROR_BACKLOG changes wait already: the broker is long away
                failed(List.of(change), new IllegalStateException(MIRROR_BACKLOG + " index changes wait already"));
            }
            if (awaited) {
                sent.get().add(change.sent());
            }
        }
        made.clear();
    }

    private void mirrorChanges() {
        try {
            while (!closing || !backlog.isEmpty()) {
                Change change = backlog.poll(100, TimeUnit.MILLISECONDS);
                if (change != null) {
                    mirror(change);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void mirror(Change change) {
        Future<RecordMetadata> result;
        try {
            result = state.send(change.record(), (metadata, failure) -> {
                if (failure != null) {
                    failed(List.of(change), failure);
                } else {
                    change.sent().complete(metadata);
                }
            });
        } catch (KafkaException e) {
            failed(List.of(change), e);
            dropBacklog(e);
            return;
        }
        if (result.isDone()) { // failed at once (send returns a missing metadata rather than throw it)
            try {
                result.get();
            } catch (ExecutionException e) {
                dropBacklog(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The broker is away: each change waiting behind the one that just failed would wait max.block.ms again and
     * fail the same way (their requests are refused meanwhile), so they go with it.
     */
    private void dropBacklog(Throwable why) {
        List<Change> gone = new ArrayList<>();
        backlog.drainTo(gone);
        if (!gone.isEmpty()) {
            failed(gone, why);
        }
    }

    private void failed(List<Change> changes, Throwable why) {
        unsaved.increment(changes.size());
        LOG.warnf("%d index change(s) not mirrored to %s (a restart may take those articles for new again): %s",
                changes.size(), topic.name(), why.getMessage());
        changes.forEach(change -> change.sent().completeExceptionally(why));
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
    void close() throws InterruptedException {
        closing = true; // what was handed over is sent, then the producer flushes it on close
        mirror.join(ackTimeoutMs);
        state.close();
    }
}
