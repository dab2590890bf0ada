package io.raqib.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ByTopicTest {

    private static final int PARTITIONS = 6;

    @Test
    void aWholeTopicSeriesLandsWhereTheDefaultPartitionerPutsItsKey() {
        for (String topic : List.of("border_infiltration", "prison_break", "kidnapping", "t")) {
            assertEquals(BuiltInPartitioner.partitionForKey(topic.getBytes(StandardCharsets.UTF_8), PARTITIONS),
                    ByTopic.partition(topic, PARTITIONS), topic);
        }
    }

    @Test
    void aTopicAndItsPlacesShareAPartition() {
        for (String topic : List.of("border_infiltration", "prison_break", "kidnapping")) {
            int partition = ByTopic.partition(topic, PARTITIONS);
            for (String place : List.of("Hasakah", "الحسكة", "Deir ez-Zor", "Raqqa@old")) {
                assertEquals(partition, ByTopic.partition(topic + "@" + place, PARTITIONS), topic + "@" + place);
            }
        }
    }

    @Test
    void theKeyAsBytesLandsWhereTheKeyDoes() {
        for (String series : List.of("border_infiltration", "border_infiltration@الحسكة", "حدود@Hasakah", "a@")) {
            byte[] bytes = series.getBytes(StandardCharsets.UTF_8);
            assertEquals(ByTopic.partition(series, PARTITIONS), ByTopic.partition(bytes, PARTITIONS), series);
            assertEquals(Optional.of(Set.of(ByTopic.partition(series, PARTITIONS))),
                    ByTopic.ofKeyBytes().partitions("topic.mentions", bytes, null, PARTITIONS));
        }
        assertEquals(Optional.of(Set.of(ByTopic.partition("kidnapping", PARTITIONS))),
                new ByTopic<>().partitions("topic.mentions", "kidnapping@Raqqa", null, PARTITIONS));
    }
}
