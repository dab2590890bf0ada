package io.raqib.alert.webhook;

import static io.raqib.alert.webhook.WebhookFixtures.alert;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.raqib.alert.AlertChanges;
import io.raqib.alert.webhook.WebhookConfig.StartFrom;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.DeadLetters;
import io.raqib.schemas.Severity;
import io.raqib.schemas.Topics;

/** What the dispatcher does with each record of the alerts topic, and that it commits past every one. */
class WebhookDispatcherTest {

    private static final TopicPartition ALERTS = new TopicPartition(Topics.ALERTS.name(), 0);

    @Test
    void badRecordsAndRefusedAlertsAreDeadLetteredFilteredOnesSkippedAndAllCommitted() throws Exception {
        byte[] prisonBreak = bytes(alert("a-4", "prison_break", null, Severity.HIGH, AlertStatus.OPEN));
        List<ConsumerRecord<byte[], byte[]>> records = List.of(
                record(0, "a-0", "not avro".getBytes(StandardCharsets.UTF_8)),
                record(1, "a-1", null),
                record(2, "a-2", bytes(alert("a-2", "infiltration", null, Severity.HIGH, AlertStatus.OPEN))),
                record(3, "a-4", prisonBreak));
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ALERTS));
            consumer.updateBeginningOffsets(Map.of(ALERTS, 0L));
            consumer.updateEndOffsets(Map.of(ALERTS, 4L));
            records.forEach(consumer::addRecord);
        });
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.script("/tickets", n -> 404);
            Subscription subscription = new Subscription("ticketing", URI.create(receiver.url("/tickets")),
                    new WebhookSigner("0123456789abcdef0123"),
                    new AlertFilter(Set.of("prison_break"), Set.of(), Severity.LOW, Set.of()), StartFrom.LATEST);
            StopSignal stop = new StopSignal();
            WebhookMetrics metrics = new WebhookMetrics(registry, "ticketing");
            WebhookSender sender = new WebhookSender(WebhookSender.client(Duration.ofSeconds(1)),
                    Duration.ofSeconds(1), "raqib-alert/test", Clock.systemUTC());
            RetryingDelivery delivery = new RetryingDelivery(subscription, sender,
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)), stop, metrics, new Random());
            var json = JsonMapper.builder().findAndAddModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
            Thread thread = new Thread(new SubscriberDispatcher(subscription, () -> consumer, ALERTS.topic(),
                    Topics.ALERTS.valueSerde().deserializer(), delivery, new DeadLetterWriter(producer, "dead"),
                    metrics, json, stop));
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long committed = 0;
            while (committed < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
                committed = committed(consumer);
            }
            assertEquals(4, committed, "committed past every record");
            assertEquals(0.0, registry.get(WebhookMetrics.LAG).gauge().value());
            stop.stop();
            thread.join(5000);
            assertFalse(thread.isAlive(), "stops when told");
            assertTrue(consumer.closed());
            assertEquals(1, receiver.calls("/tickets").size(), "404 is not retried; the others are never sent");
        }
        List<ProducerRecord<byte[], byte[]>> letters = producer.history();
        assertEquals(2, letters.size());

        ProducerRecord<byte[], byte[]> unreadable = letters.get(0);
        assertEquals("dead", unreadable.topic());
        assertEquals("a-0", new String(unreadable.key(), StandardCharsets.UTF_8));
        assertEquals("0", header(unreadable, DeadLetterWriter.ATTEMPTS));
        assertEquals(null, header(unreadable, DeadLetterWriter.HTTP_STATUS));
        assertEquals("org.apache.kafka.common.errors.SerializationException",
                header(unreadable, DeadLetters.EXCEPTION));

        ProducerRecord<byte[], byte[]> refused = letters.get(1);
        assertArrayEquals(prisonBreak, refused.value());
        assertEquals("ticketing", header(refused, DeadLetterWriter.SUBSCRIBER));
        assertEquals("1", header(refused, DeadLetterWriter.ATTEMPTS));
        assertEquals("404", header(refused, DeadLetterWriter.HTTP_STATUS));
        assertEquals("refused for good: the receiver answered HTTP 404", header(refused, DeadLetters.REASON));
        assertEquals("3", header(refused, DeadLetters.OFFSET));

        assertEquals(2.0, registry.get(WebhookMetrics.DELIVERIES).tag("outcome", "dead_lettered").counter().count());
        assertEquals(0.0, registry.get(WebhookMetrics.DELIVERIES).tag("outcome", "retried").counter().count());
    }

    @Test
    void anAlertReToldOnlyBecauseItsIncidentChangedIsNotSentButCommitted() throws Exception {
        ConsumerRecord<byte[], byte[]> linked = record(0, "a-1",
                bytes(alert("a-1", "prison_break", null, Severity.HIGH, AlertStatus.OPEN)));
        linked.headers().add(AlertChanges.HEADER, AlertChanges.LINKS.getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<byte[], byte[]> news = record(1, "a-1",
                bytes(alert("a-1", "prison_break", null, Severity.HIGH, AlertStatus.UPDATED)));
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ALERTS));
            consumer.updateBeginningOffsets(Map.of(ALERTS, 0L));
            consumer.updateEndOffsets(Map.of(ALERTS, 2L));
            consumer.addRecord(linked);
            consumer.addRecord(news);
        });
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.script("/tickets", n -> 200);
            Subscription subscription = new Subscription("ticketing", URI.create(receiver.url("/tickets")),
                    new WebhookSigner("0123456789abcdef0123"), AlertFilter.EVERYTHING, StartFrom.LATEST);
            StopSignal stop = new StopSignal();
            WebhookMetrics metrics = new WebhookMetrics(registry, "ticketing");
            WebhookSender sender = new WebhookSender(WebhookSender.client(Duration.ofSeconds(1)),
                    Duration.ofSeconds(1), "raqib-alert/test", Clock.systemUTC());
            RetryingDelivery delivery = new RetryingDelivery(subscription, sender,
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)), stop, metrics, new Random());
            var json = JsonMapper.builder().findAndAddModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
            Thread thread = new Thread(new SubscriberDispatcher(subscription, () -> consumer, ALERTS.topic(),
                    Topics.ALERTS.valueSerde().deserializer(), delivery,
                    new DeadLetterWriter(new MockProducer<>(true, null, new ByteArraySerializer(),
                            new ByteArraySerializer()), "dead"), metrics, json, stop));
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long committed = 0;
            while (committed < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
                committed = committed(consumer);
            }
            stop.stop();
            thread.join(5000);
            assertEquals(2, committed, "committed past both");
            assertEquals(1, receiver.calls("/tickets").size(), "only the news is sent");
            assertTrue(receiver.calls("/tickets").get(0).body().contains("\"event\":\"UPDATED\""));
        }
    }

    private static long committed(MockConsumer<byte[], byte[]> consumer) {
        OffsetAndMetadata offset = consumer.committed(Set.of(ALERTS)).get(ALERTS);
        return offset == null ? 0 : offset.offset();
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(ALERTS.topic(), ALERTS.partition(), offset, key.getBytes(StandardCharsets.UTF_8),
                value);
    }

    private static byte[] bytes(io.raqib.schemas.Alert alert) {
        return Topics.ALERTS.valueSerde().serializer().serialize(Topics.ALERTS.name(), alert);
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
