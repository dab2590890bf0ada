package io.raqib.alert;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import io.raqib.schemas.Series;

/**
 * Partitions records keyed by series by the series' topic, so that a topic and all its places meet in one task:
 * there {@link SpikeWatch} can group the alert of {@code border_infiltration} with that of
 * {@code border_infiltration@Hasakah} ({@link Incidents}). A whole-topic series lands where the default partitioner
 * puts its key; only the places move.
 */
final class ByTopic<V> implements StreamPartitioner<String, V> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String series, V value, int partitions) {
        byte[] bytes = Series.parse(series).topic().getBytes(StandardCharsets.UTF_8);
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % partitions));
    }
}
