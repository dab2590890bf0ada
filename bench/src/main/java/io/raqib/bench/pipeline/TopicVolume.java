package io.raqib.bench.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/** Records and serialized bytes (key + value, as the consumer received them) seen on one topic. */
final class TopicVolume {
    final String topic;
    final AtomicLong records = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    TopicVolume(String topic) {
        this.topic = topic;
    }

    void add(int keyBytes, int valueBytes) {
        records.incrementAndGet();
        bytes.addAndGet(Math.max(0, keyBytes) + Math.max(0, valueBytes));
    }

    double bytesPerRecord() {
        long n = records.get();
        return n == 0 ? Double.NaN : bytes.get() / (double) n;
    }
}
