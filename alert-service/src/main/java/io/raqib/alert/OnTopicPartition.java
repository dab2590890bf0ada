package io.raqib.alert;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import io.raqib.schemas.streams.ByTopic;

/**
 * Passes the mentions that arrived on their topic's partition of topic.mentions ({@link ByTopic}), or, as
 * {@link #strays(int)}, those that did not. nlp-service writes every mention on its topic's partition; one written by an
 * earlier release (by series) or by another producer is sent there ({@link AlertTopology}), so that a series is
 * always counted and judged in the same task, with its topic's other series.
 */
final class OnTopicPartition<V> implements FixedKeyProcessor<byte[], V, V> {

    private final boolean strays;
    private final int partitions;
    private FixedKeyProcessorContext<byte[], V> context;

    private OnTopicPartition(boolean strays, int partitions) {
        this.strays = strays;
        this.partitions = partitions;
    }

    /** The mentions on their topic's partition (and those without a series, which the counts drop as before). */
    static <V> OnTopicPartition<V> placed(int partitions) {
        return new OnTopicPartition<>(false, partitions);
    }

    /** The mentions on another partition than their topic's. */
    static <V> OnTopicPartition<V> strays(int partitions) {
        return new OnTopicPartition<>(true, partitions);
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], V> mention) {
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        boolean placed = mention.key() == null || partition < 0
                || ByTopic.partition(mention.key(), partitions) == partition;
        if (placed != strays) {
            context.forward(mention);
        }
    }
}
