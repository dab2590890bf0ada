package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

import io.raqib.schemas.streams.DeadLetterRouting;

class DeadLetterRoutingTest {

    @Test
    void undecodableRecordsGoToTheDeadLetterTopicUntouchedWithTheirReasonAndTheStreamGoesOn() {
        List<Throwable> counted = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        var raw = builder.stream("in", Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()));
        DeadLetterRouting.mapValuesOrDeadLetter(raw, "decode", bytes -> Topics.ARTICLES_RAW.valueSerde()
                .deserializer().deserialize("in", bytes), Topics.NLP_DEAD_LETTERS, "test-service", counted::add)
                .mapValues(RawArticle::getTitle)
                .to("out", Produced.with(Serdes.ByteArray(), Serdes.String()));

        try (var driver = new TopologyTestDriver(builder.build())) {
            var in = driver.createInputTopic("in", Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
            var out = driver.createOutputTopic("out", Serdes.ByteArray().deserializer(), Serdes.String().deserializer());
            var dlq = driver.createOutputTopic(Topics.NLP_DEAD_LETTERS.name(), Serdes.ByteArray().deserializer(),
                    Serdes.ByteArray().deserializer());

            byte[] poison = {1, 2, 3};
            in.pipeInput("k1".getBytes(), poison);
            in.pipeInput("k2".getBytes(), Topics.ARTICLES_RAW.valueSerde().serializer()
                    .serialize("in", AvroSerdeTest.article()));

            assertEquals(AvroSerdeTest.article().getTitle(), out.readValue());
            var dead = dlq.readRecord();
            assertArrayEquals("k1".getBytes(), dead.key());
            assertArrayEquals(poison, dead.value());
            assertEquals("test-service", header(dead.headers(), DeadLetters.SERVICE));
            assertEquals("in", header(dead.headers(), DeadLetters.TOPIC));
            assertEquals("0", header(dead.headers(), DeadLetters.OFFSET));
            assertEquals("org.apache.kafka.common.errors.SerializationException",
                    header(dead.headers(), DeadLetters.EXCEPTION));
            assertEquals(1, counted.size());
        }
    }

    private static String header(org.apache.kafka.common.header.Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
