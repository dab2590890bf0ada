package io.raqib.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);

    static RawArticle article() {
        return RawArticle.newBuilder()
                .setId("a1")
                .setSource("وكالة الرافدين")
                .setUrl("https://example.org/news/1")
                .setTitle("تحذير من تسلل مسلحين عبر الحدود")
                .setBody("حذر مسؤول أمني من محاولات تسلل عبر الحدود السورية.")
                .setLanguage("ar")
                .setPublishedAt(Instant.parse("2024-03-03T08:00:00Z"))
                .setFetchedAt(Instant.parse("2024-03-03T08:05:00Z"))
                .setContentHash("abc")
                .build();
    }

    @Test
    void roundTripsArabicTextAndTimestamps() {
        RawArticle decoded = serde.deserialize("articles.raw", serde.serialize("articles.raw", article()));
        assertEquals(article(), decoded);
    }

    @Test
    void writesSingleObjectEncodingWithTheSchemaFingerprint() {
        byte[] bytes = serde.serialize("articles.raw", article());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        long fingerprint = SchemaNormalization.parsingFingerprint64(RawArticle.getClassSchema());
        long written = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(fingerprint, written);
    }

    @Test
    void writesTheBytesAvrosOwnEncoderWritesAndReadsThem() throws Exception {
        var avro = new BinaryMessageEncoder<RawArticle>(
                org.apache.avro.specific.SpecificData.getForClass(RawArticle.class), RawArticle.getClassSchema());
        RawArticle article = RawArticle.newBuilder(article()).setUrl(null).setAlsoReportedBy(List.of("المرصد")).build();
        ByteBuffer buffer = avro.encode(article);
        byte[] expected = new byte[buffer.remaining()];
        buffer.get(expected);

        assertArrayEquals(expected, serde.serialize("articles.raw", article));
        assertEquals(article, serde.deserialize("articles.raw", expected));
    }

    @Test
    void refusesARecordOfAnUnknownSchema() {
        byte[] bytes = serde.serialize("articles.raw", article());
        bytes[5] ^= 0x5A; // another fingerprint
        var error = assertThrows(SerializationException.class, () -> serde.deserialize("articles.raw", bytes));
        assertTrue(error.getMessage().contains("unknown schema fingerprint"), error.getMessage());
    }

    @Test
    void nullStaysNull() {
        assertNull(serde.serialize("t", null));
        assertNull(serde.deserialize("t", null));
    }

    @Test
    void refusesBytesThatAreNotSingleObjectEncoded() {
        var error = assertThrows(SerializationException.class,
                () -> serde.deserialize("articles.raw", "not avro".getBytes()));
        assertTrue(error.getMessage().contains("bad header"), error.getMessage());
    }

    @Test
    void refusesAStringThatIsNotUtf8() {
        byte[] bytes = serde.serialize("articles.raw", RawArticle.newBuilder(article()).setTitle("MARK تسلل").build());
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = latin.indexOf("MARK");
        bytes[at] = (byte) 0xC3; // a lead byte followed by 'A', not a continuation byte: malformed UTF-8
        var error = assertThrows(SerializationException.class, () -> serde.deserialize("articles.raw", bytes));
        assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
    }

    @Test
    void keepsAReplacementCharacterTheTextReallyHolds() {
        RawArticle article = RawArticle.newBuilder(article()).setTitle("رمز \uFFFD في العنوان").build();
        assertEquals(article.getTitle(), serde.deserialize("articles.raw", serde.serialize("articles.raw", article))
                .getTitle());
    }

    @Test
    void refusesAnUnknownSchemaFingerprint() {
        byte[] bytes = serde.serialize("articles.raw", article());
        bytes[5] ^= 0x7F; // corrupt the fingerprint
        var error = assertThrows(SerializationException.class, () -> serde.deserialize("articles.raw", bytes));
        assertTrue(error.getMessage().contains("unknown schema fingerprint"), error.getMessage());
    }

    @Test
    void readsRecordsWrittenWithAnOlderReleasedSchema() throws Exception {
        // A producer still on an older release, simulated with a trimmed schema: no alsoReportedBy yet.
        Schema older = new Schema.Parser().parse("""
                {"type":"record","name":"RawArticle","namespace":"io.raqib.schemas","fields":[
                 {"name":"id","type":"string"},{"name":"source","type":"string"},{"name":"title","type":"string"},
                 {"name":"body","type":"string"},{"name":"language","type":"string"},
                 {"name":"fetchedAt","type":{"type":"long","logicalType":"timestamp-millis"}},
                 {"name":"contentHash","type":"string"}]}""");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "a2");
        old.put("source", "s");
        old.put("title", "t");
        old.put("body", "نص");
        old.put("language", "ar");
        old.put("fetchedAt", 1_700_000_000_000L);
        old.put("contentHash", "h");
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        var decoder = new org.apache.avro.message.BinaryMessageDecoder<RawArticle>(
                org.apache.avro.specific.SpecificData.getForClass(RawArticle.class), RawArticle.getClassSchema());
        decoder.addSchema(older);
        RawArticle read = decoder.decode(bytes);

        assertEquals("a2", read.getId());
        assertEquals(List.of(), read.getAlsoReportedBy());
        assertNull(read.getUrl());
        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), read.getFetchedAt());
    }

    @Test
    void readsAnAlertWrittenBeforeAlertsWereGroupedIntoIncidents() throws Exception {
        // Released v2: acknowledgedBy and note, no parentId or placeAlertIds yet. Its records are on the alerts
        // topic and in alert-service's changelogs.
        Schema v2 = ReleasedSchemas.of("Alert").get(1);
        GenericRecord old = new GenericData.Record(v2);
        old.put("id", "x");
        old.put("series", "border_infiltration@Hasakah");
        old.put("topicId", "border_infiltration");
        old.put("place", "Hasakah");
        old.put("windowStart", 0L);
        old.put("windowEnd", 3_600_000L);
        old.put("observed", 5L);
        old.put("expected", 1.0);
        old.put("score", 3.2);
        old.put("severity", new GenericData.EnumSymbol(v2.getField("severity").schema(), "HIGH"));
        old.put("status", new GenericData.EnumSymbol(v2.getField("status").schema(), "ACKNOWLEDGED"));
        old.put("raisedAt", 0L);
        old.put("updatedAt", 0L);
        old.put("explanation", "");
        old.put("independentSources", 3);
        old.put("evidence", List.of());
        old.put("figures", List.of());
        old.put("acknowledgedBy", "ليلى");
        old.put("note", null);
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        Alert read = Topics.ALERTS.valueSerde().deserializer().deserialize("alerts", bytes);

        assertEquals("ليلى", read.getAcknowledgedBy());
        assertNull(read.getParentId());
        assertEquals(List.of(), read.getPlaceAlertIds());
    }

    @Test
    void everyTopicValueSerdeRoundTrips() {
        Alert alert = Alert.newBuilder()
                .setId("x").setSeries("prison_break@Hasakah").setTopicId("prison_break").setPlace("Hasakah")
                .setWindowStart(Instant.EPOCH).setWindowEnd(Instant.ofEpochSecond(3600))
                .setObserved(5).setExpected(1.0).setScore(3.2).setSeverity(Severity.HIGH).setStatus(AlertStatus.OPEN)
                .setRaisedAt(Instant.EPOCH).setUpdatedAt(Instant.EPOCH).setIndependentSources(3)
                .build();
        byte[] bytes = Topics.ALERTS.valueSerde().serializer().serialize("alerts", alert);
        assertEquals(alert, Topics.ALERTS.valueSerde().deserializer().deserialize("alerts", bytes));
        assertArrayEquals(bytes, Topics.ALERTS.valueSerde().serializer().serialize("alerts", alert));
    }
}
