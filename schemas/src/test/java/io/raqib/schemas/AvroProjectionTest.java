package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroProjectionTest {

    private static final Map<String, Set<String>> BYLINE_AND_FIGURES = Map.of(
            "EnrichedArticle", Set.of("article", "figures"),
            "RawArticle", Set.of("id", "title", "publishedAt"),
            "Figure", Set.of("text", "low", "high", "category"));

    private final AvroProjection projection = AvroProjection.of(EnrichedArticle.getClassSchema(), BYLINE_AND_FIGURES);
    private final AvroSerde<EnrichedArticle> serde = AvroSerde.of(EnrichedArticle.class);

    static EnrichedArticle enriched() {
        RawArticle article = RawArticle.newBuilder(AvroSerdeTest.article())
                .setBody("قالت مصادر أمنية إن ما بين 300 و400 مسلح حاولوا التسلل خلال الشهر الماضي.").build();
        Figure figure = Figure.newBuilder().setText("ما بين 300 و400 مسلح").setStart(17).setEnd(37).setLow(300.0)
                .setHigh(400.0).setCategory(FigureCategory.FIGHTERS).setActor("ISIS").build();
        Entity place = Entity.newBuilder().setType(EntityType.PLACE).setText("سوريا").setCanonical("Syria")
                .setCanonicalAr("سوريا").setStart(0).setEnd(5).build();
        return EnrichedArticle.newBuilder().setArticle(article).setEntities(List.of(place)).setFigures(List.of(figure))
                .setTopics(List.of()).setModelVersion("test").setEnrichedAt(Instant.parse("2024-03-03T08:06:00Z"))
                .build();
    }

    @Test
    void readsTheKeptFieldsAndOnlyThem() {
        GenericRecord read = projection.decode("articles.enriched", serde.serialize("articles.enriched", enriched()));

        GenericRecord article = (GenericRecord) read.get("article");
        assertEquals("a1", article.get("id"));
        assertEquals("تحذير من تسلل مسلحين عبر الحدود", article.get("title"));
        assertEquals(Instant.parse("2024-03-03T08:00:00Z").toEpochMilli(), article.get("publishedAt"));
        GenericRecord figure = (GenericRecord) ((List<?>) read.get("figures")).get(0);
        assertEquals("ما بين 300 و400 مسلح", figure.get("text"));
        assertEquals(300.0, figure.get("low"));
        assertEquals("FIGHTERS", figure.get("category").toString());

        assertFalse(read.hasField("entities"));
        assertFalse(article.hasField("body"));
        assertFalse(figure.hasField("actor"));
        assertEquals(List.of("id", "title", "publishedAt"),
                projection.schema().getField("article").schema().getFields().stream().map(Schema.Field::name).toList());
    }

    @Test
    void readsWhatTheReleasedSchemaWrote() {
        Schema v1 = ReleasedSchemas.of("EnrichedArticle").get(0);
        // Today's record as the v1 schema has it (resolved down to v1's fields), then written by a v1 producer.
        BinaryMessageDecoder<GenericRecord> toV1 = new BinaryMessageDecoder<>(GenericData.get(), v1);
        toV1.addSchema(EnrichedArticle.getClassSchema());
        byte[] bytes = encodeWith(v1, decode(toV1, serde.serialize("articles.enriched", enriched())));

        GenericRecord read = projection.decode("articles.enriched", bytes);

        assertEquals("a1", ((GenericRecord) read.get("article")).get("id"));
        assertEquals(1, ((List<?>) read.get("figures")).size());
    }

    @Test
    void aMisspeltNameIsRefusedNotReadAsMissing() {
        var error = assertThrows(IllegalArgumentException.class, () -> AvroProjection.of(
                EnrichedArticle.getClassSchema(), Map.of("RawArticle", Set.of("id", "headline"))));
        assertTrue(error.getMessage().contains("headline"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AvroProjection.of(EnrichedArticle.getClassSchema(),
                Map.of("Article", Set.of("id"))));
    }

    @Test
    void failsAsTheSerdeDoesOnBytesThatAreNotARecord() {
        assertNull(projection.decode("t", null));
        var error = assertThrows(SerializationException.class,
                () -> projection.decode("articles.enriched", "not avro".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().contains("bad header"), error.getMessage());
    }

    @Test
    void aKeptStringMustBeUtf8ASkippedOneIsNotRead() {
        byte[] bytes = serde.serialize("articles.enriched", EnrichedArticle.newBuilder(enriched())
                .setArticle(RawArticle.newBuilder(enriched().getArticle()).setTitle("TITLE تسلل").setBody("BODY نص")
                        .build()).build());
        byte[] badBody = garble(bytes, "BODY");
        assertEquals("a1", ((GenericRecord) projection.decode("articles.enriched", badBody).get("article")).get("id"));

        var error = assertThrows(SerializationException.class,
                () -> projection.decode("articles.enriched", garble(bytes, "TITLE")));
        assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
    }

    /** The bytes with a malformed UTF-8 sequence where {@code marker} starts: a lead byte before an ASCII letter. */
    private static byte[] garble(byte[] bytes, String marker) {
        byte[] copy = bytes.clone();
        copy[new String(copy, StandardCharsets.ISO_8859_1).indexOf(marker)] = (byte) 0xC3;
        return copy;
    }

    private static GenericRecord decode(BinaryMessageDecoder<GenericRecord> decoder, byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encodeWith(Schema schema, GenericRecord record) {
        try {
            var buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
