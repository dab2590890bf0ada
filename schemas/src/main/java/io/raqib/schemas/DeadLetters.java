package io.raqib.schemas;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

/**
 * Header names on dead-letter records. The record keeps its original key and value bytes untouched, so it can be
 * inspected or replayed; the headers say who gave up on it, why, and where it came from.
 */
public final class DeadLetters {

    public static final String REASON = "raqib.dlq.reason";
    public static final String EXCEPTION = "raqib.dlq.exception";
    public static final String SERVICE = "raqib.dlq.service";
    public static final String TOPIC = "raqib.dlq.topic";
    public static final String PARTITION = "raqib.dlq.partition";
    public static final String OFFSET = "raqib.dlq.offset";

    private DeadLetters() {
    }

    public static Headers describe(Headers headers, String service, Throwable error, String topic, int partition,
            long offset) {
        put(headers, REASON, String.valueOf(error.getMessage()));
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, SERVICE, service);
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
        return headers;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
