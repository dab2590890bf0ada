package io.raqib.alert;

import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.schemas.SelfSerde;

/** JSON for the service's own state stores: internal, so it needs no schema contract. */
public final class JsonSerde<T> extends SelfSerde<T> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    /**
     * Whether stored bytes are JSON (an object) rather than one of the binary formats, whose version byte is never
     * '{': the stores were JSON before they were binary.
     */
    static boolean looksLikeJson(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == '{';
    }

    @Override
    public byte[] serialize(String topic, T value) {
        try {
            return value == null ? null : JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        try {
            return bytes == null ? null : JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName(), e);
        }
    }
}
