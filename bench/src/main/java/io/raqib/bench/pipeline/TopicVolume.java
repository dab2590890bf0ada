package io.raqib.bench.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/** Records and serialized bytes (key + value, as the consumer received them) seen on one topic. */
final class TopicVolume {
    final String topic;
    final AtomicLong records = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    /** What the topic holds on the brokers' disks (compressed, all replicas); -1 while unknown. */
    private volatile long stored = -1;

    TopicVolume(String topic) {
        this.topic = topic;
    }

    void add(int keyBytes, int valueBytes) {
        records.incrementAndGet();
        bytes.addAndGet(Math.max(0, keyBytes) + Math.max(0, valueBytes));
    }

    void stored(long bytes) {
        stored = bytes;
    }

    /** Bytes on disk; -1 when not measured. */
    long stored() {
        return stored;
    }

    double bytesPerRecord() {
        long n = records.get();
        return n == 0 ? Double.NaN : bytes.get() / (double) n;
    }
}
