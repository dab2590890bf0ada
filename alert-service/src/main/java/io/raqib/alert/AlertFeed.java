package io.raqib.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Every change of every alert, as it is committed to the alerts topic, for whoever listens (the desk's live
 * stream). Reads the topic from its end, committed records only, without a consumer group: each instance tells
 * its own listeners.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class);

    private final BroadcastProcessor<AlertView> changes = BroadcastProcessor.create();
    private final AtomicBoolean running = new AtomicBoolean();
    private final String bootstrap;
    private final Topic<String, Alert> topic;
    private KafkaConsumer<String, Alert> consumer;
    private Thread reader;

    public AlertFeed(@ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> prefix) {
        this.bootstrap = bootstrap;
        this.topic = Topics.ALERTS.withPrefix(prefix.orElse(""));
    }

    public Multi<AlertView> changes() {
        return changes;
    }

    void start(@Observes StartupEvent event) {
        Map<String, Object> config = new java.util.HashMap<>(ClientConfig.of(bootstrap));
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "alert-service-feed");
        consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        running.set(true);
        reader = new Thread(this::read, "alert-feed");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            List<TopicPartition> partitions = partitionsOnceTheTopicExists();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve "the end" now, not at the first poll
            while (running.get()) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        changes.onNext(AlertView.of(record.value()));
                    }
                }
            }
        } catch (WakeupException stopping) {
            // shut down
        } catch (RuntimeException e) {
            LOG.errorf(e, "the live alert feed stopped; /api/alerts still answers");
        } finally {
            consumer.close();
        }
    }

    /**
     * The service may start before the alerts topic is created (Kubernetes starts it alongside Kafka): a feed that
     * took "no partitions" for an answer would stay silent for good.
     */
    private List<TopicPartition> partitionsOnceTheTopicExists() {
        List<TopicPartition> partitions = List.of();
        while (running.get() && partitions.isEmpty()) {
            partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return partitions;
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        if (consumer != null) {
            consumer.wakeup();
        }
        changes.onComplete();
    }
}
