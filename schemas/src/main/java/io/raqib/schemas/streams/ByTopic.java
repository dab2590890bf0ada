package io.raqib.schemas.streams;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import io.raqib.schemas.Series;

/**
 * Partitions records keyed by series ({@code topic} or {@code topic@place}) by the series' topic, so that a topic and
 * all its places meet in one task: there alert-service counts them and can group the alert of
 * {@code border_infiltration} with that of {@code border_infiltration@Hasakah}. A whole-topic series lands where the
 * default partitioner puts its key; only the places move. nlp-service writes topic.mentions this way, and
 * alert-service re-partitions analysts' actions (and any mention that arrives elsewhere) the same way.
 */
public final class ByTopic<V> implements StreamPartitioner<String, V> {

    private static final byte PLACE_SEPARATOR = '@';

    @Override
    public Optional<Set<Integer>> partitions(String topic, String series, V value, int partitions) {
        return Optional.of(Set.of(partition(series, partitions)));
    }

    /** The same for keys as their UTF-8 bytes, as alert-service reads topic.mentions. */
    public static <V> StreamPartitioner<byte[], V> ofKeyBytes() {
        return (topic, series, value, partitions) -> Optional.of(Set.of(partition(series, partitions)));
    }

    /** The partition of {@code series} among {@code partitions}: as its UTF-8 bytes, the one way to tell. */
    public static int partition(String series, int partitions) {
        return partition(series.getBytes(StandardCharsets.UTF_8), partitions);
    }

    /**
     * The partition of a series key as its UTF-8 bytes, as alert-service reads topic.mentions: the topic is the bytes
     * before the first {@code @} ({@link Series#parse}), which in UTF-8 is never part of another character.
     */
    public static int partition(byte[] series, int partitions) {
        for (int i = 0; i < series.length; i++) {
            if (series[i] == PLACE_SEPARATOR) {
                return hash(Arrays.copyOf(series, i), partitions);
            }
        }
        return hash(series, partitions);
    }

    /** As Kafka's default partitioner places a key: murmur2 of its bytes. */
    private static int hash(byte[] topic, int partitions) {
        return Utils.toPositive(Utils.murmur2(topic)) % partitions;
    }
}
