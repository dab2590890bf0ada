package io.raqib.ingest;

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

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.raqib.schemas.RawArticle;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;
import io.smallrye.common.annotation.Identifier;

/**
 * Writes articles to {@code articles.raw} and returns only once Kafka has them on every in-sync replica, so an
 * article acknowledged to a client is never lost. Idempotent, so the producer's own retries add no duplicates.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** Where an acknowledged article landed. */
    public record Receipt(String id, int partition, long offset) {
    }

    /** Kafka did not take the articles in time; the client may retry. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;
    private final long ackTimeoutMs;

    @Inject
    public ArticlePublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> topicPrefix,
            @ConfigProperty(name = "raqib.ingest.ack-timeout-ms", defaultValue = "10000") long ackTimeoutMs) {
        this.topic = Topics.ARTICLES_RAW.withPrefix(topicPrefix.orElse(""));
        this.ackTimeoutMs = ackTimeoutMs;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Requests that arrive together share produce requests: fewer, larger ones cost this producer and the broker
        // (on the same few cores) less CPU. 5 ms is Kafka 4's default; a request waits for its acks anyway.
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A request's 10 articles (3-8 KB each) fit one batch per partition, compressed or not.
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        // Arabic in UTF-8 compresses well: zstd at level 1 writes the benchmark's articles in under a quarter of the
        // bytes for ~15 us of CPU per article (ArticleBatchCompressionBenchmark; level 3 saves little more at twice
        // the cost; real prose compresses less than generated text). At 2,000 articles/s and 7 days' retention the
        // raw topic is some 4 TB uncompressed. Not lz4: the in-JVM test broker and the benchmark's consumers have no
        // lz4-java (the Quarkus BOM relocates it), while zstd-jni comes with kafka-clients. Brokers take zstd
        // since Kafka 2.1.
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.putIfAbsent(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 1);
        failFast(config, ackTimeoutMs);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /**
     * Fail fast when the broker is away: the client gets a 503 within {@code ackTimeoutMs} instead of a hanging
     * request. For every producer a request waits on; {@code config} must hold its linger already.
     */
    static void failFast(Map<String, Object> config, long ackTimeoutMs) {
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackTimeoutMs / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackTimeoutMs);
        // The producer refuses a delivery timeout shorter than linger plus request timeout.
        int lingerMs = Integer.parseInt(String.valueOf(config.get(ProducerConfig.LINGER_MS_CONFIG)));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(ackTimeoutMs, 30_000) - Math.max(1, lingerMs));
    }

    /**
     * The deadline of a request starting now, on {@link System#nanoTime}: how long a request may wait for Kafka,
     * {@code raqib.ingest.ack-timeout-ms}, for publishing and for its dedup records alike.
     */
    public long deadlineFromNow() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMs);
    }

    /**
     * Sends all, then waits for all: one batch costs one round trip, not one per article.
     *
     * @param deadline when the request must have its answer ({@link System#nanoTime}), set before the first send: a
     *                 send may block (up to max.block.ms, for metadata) before the acks are awaited
     */
    public List<Receipt> publish(List<RawArticle> articles, long deadline) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(articles.size());
        try {
            for (RawArticle article : articles) {
                Future<RecordMetadata> result = producer.send(new ProducerRecord<>(topic.name(), article.getId(),
                        article));
                if (result.isDone()) {
                    // Failed at once: no metadata within max.block.ms (send returns the failure rather than throw
                    // it). Every further article would wait as long again, so the batch is refused now.
                    result.get();
                }
                sent.add(result);
            }
            List<Receipt> receipts = new ArrayList<>(articles.size());
            for (int i = 0; i < sent.size(); i++) {
                RecordMetadata metadata = sent.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                receipts.add(new Receipt(articles.get(i).getId(), metadata.partition(), metadata.offset()));
            }
            return receipts;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new UnavailableException("Kafka did not acknowledge the articles: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for Kafka", e);
        }
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
