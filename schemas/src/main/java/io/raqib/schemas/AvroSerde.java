package io.raqib.schemas;

import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Avro single-object encoding: a 2-byte marker (C3 01), the 8-byte CRC-64-AVRO fingerprint of the writer's schema,
 * then the Avro binary body. No schema registry is needed: the decoder knows the current schema and every released
 * one ({@link ReleasedSchemas}), and resolves old records to the current shape.
 */
public final class AvroSerde<T extends SpecificRecord> extends SelfSerde<T> {

    private final Class<T> type;
    private final SingleObjectWriter<T> writer;
    private final SingleObjectReader<T> reader;

    private AvroSerde(Class<T> type) {
        // Resolve generated classes through the loader of the type we were given (Quarkus tests run several loaders),
        // with the logical-type conversions (timestamps as Instant) of the generated class's own model.
        SpecificData model = new StrictUtf8Data(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
        Schema schema = model.getSchema(type);
        this.type = type;
        this.writer = new SingleObjectWriter<>(model, schema);
        this.reader = new SingleObjectReader<>(model, schema, ReleasedSchemas.of(schema.getName()));
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type);
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.write(value);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        return decode(reader, bytes, type.getSimpleName(), topic);
    }

    /** Decodes with {@code reader}; null for null, and every failure a {@link SerializationException} saying why. */
    static <D> D decode(SingleObjectReader<D> reader, byte[] bytes, String typeName, String topic) {
        if (bytes == null) {
            return null;
        }
        try {
            return reader.read(bytes);
        } catch (BadHeaderException e) {
            throw new SerializationException("not an Avro single-object record (bad header) on " + topic, e);
        } catch (MissingSchemaException e) {
            throw new SerializationException("unknown schema fingerprint for " + typeName + " on " + topic, e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + typeName + " on " + topic + ": " + e.getMessage(), e);
        }
    }
}
