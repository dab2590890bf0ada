package io.raqib.schemas.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.ValueMapper;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import io.raqib.schemas.DeadLetters;
import io.raqib.schemas.Topic;

/**
 * The house rule for consumers, in one place: a record we cannot decode or process goes, byte for byte, to a
 * dead-letter topic with the reason in its headers ({@link DeadLetters}), and the stream keeps going. It stays inside
 * the topology, so the dead letter is written in the same transaction as everything else (exactly once).
 */
public final class DeadLetterRouting {

    /** Called once per dead letter, e.g. to count it in a metric. */
    public interface Listener {
        void deadLettered(Throwable reason);
    }

    private DeadLetterRouting() {
    }

    /**
     * Applies {@code handle} to every value of {@code raw}; what it returns flows on, what it throws on goes to
     * {@code deadLetters}. {@code handle} returning null also counts as a failure.
     */
    public static <V> KStream<byte[], V> mapValuesOrDeadLetter(KStream<byte[], byte[]> raw, String name,
            ValueMapper<byte[], V> handle, Topic<byte[], byte[]> deadLetters, String service, Listener listener) {
        KStream<byte[], Attempt<V>> attempts = raw.processValues(() -> new Attempting<>(handle, service, listener),
                Named.as(name));
        attempts.filter((key, attempt) -> attempt.failed(), Named.as(name + "-failed"))
                .mapValues(Attempt::original, Named.as(name + "-original"))
                .to(deadLetters.name(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return attempts.filter((key, attempt) -> !attempt.failed(), Named.as(name + "-succeeded"))
                .mapValues(Attempt::value, Named.as(name + "-value"));
    }

    record Attempt<V>(V value, byte[] original) {
        boolean failed() {
            return value == null;
        }
    }

    private static final class Attempting<V> implements FixedKeyProcessor<byte[], byte[], Attempt<V>> {
        private final ValueMapper<byte[], V> handle;
        private final String service;
        private final Listener listener;
        private FixedKeyProcessorContext<byte[], Attempt<V>> context;

        Attempting(ValueMapper<byte[], V> handle, String service, Listener listener) {
            this.handle = handle;
            this.service = service;
            this.listener = listener;
        }

        @Override
        public void init(FixedKeyProcessorContext<byte[], Attempt<V>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], byte[]> record) {
            Throwable failure;
            try {
                // A null value (a tombstone where none belongs) is an empty record, whatever the handler would make of it.
                V value = record.value() == null ? null : handle.apply(record.value());
                if (value != null) {
                    context.forward(record.withValue(new Attempt<>(value, null)));
                    return;
                }
                failure = new IllegalArgumentException("empty record");
            } catch (RuntimeException | StackOverflowError e) {
                failure = e;
            }
            var source = context.recordMetadata().orElseThrow();
            DeadLetters.describe(record.headers(), service, failure, source.topic(), source.partition(),
                    source.offset());
            listener.deadLettered(failure);
            context.forward(record.withValue(new Attempt<>(null, record.value())));
        }
    }
}
