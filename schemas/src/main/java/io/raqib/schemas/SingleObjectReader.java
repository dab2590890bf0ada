package io.raqib.schemas;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;

/**
 * Reads Avro single-object encoding straight from the record's bytes: the header (C3 01, then the CRC-64-AVRO
 * fingerprint of the writer's schema, little-endian) picks the writer's schema, and the body is decoded from the
 * array in place. Avro's own {@code BinaryMessageDecoder} reads the same format through an {@code InputStream}, one
 * call per byte. Thread-safe: the readers are, and each thread reuses its own decoder.
 */
final class SingleObjectReader<D> {

    static final int HEADER_BYTES = 10;
    private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();

    /** By writer fingerprint: a reader from that writer's schema to the expected one. Not changed after creation. */
    private final Map<Long, DatumReader<D>> readers = new HashMap<>();

    /**
     * @param expected the schema records are read as
     * @param writers  every schema records may have been written with (the expected one is added)
     */
    @SuppressWarnings("unchecked")
    SingleObjectReader(GenericData model, Schema expected, List<Schema> writers) {
        readers.put(fingerprint(expected), model.createDatumReader(expected, expected));
        for (Schema writer : writers) {
            readers.putIfAbsent(fingerprint(writer), model.createDatumReader(writer, expected));
        }
    }

    static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /**
     * @throws BadHeaderException     when the bytes do not start with a single-object header
     * @throws MissingSchemaException when the writer's schema is none of the known ones
     */
    D read(byte[] bytes) throws IOException {
        if (bytes.length < HEADER_BYTES || bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
            throw new BadHeaderException("not a single-object encoded record");
        }
        long fingerprint = 0;
        for (int i = HEADER_BYTES - 1; i >= 2; i--) {
            fingerprint = fingerprint << 8 | (bytes[i] & 0xFF);
        }
        DatumReader<D> reader = readers.get(fingerprint);
        if (reader == null) {
            throw new MissingSchemaException("no schema with fingerprint " + Long.toHexString(fingerprint));
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES,
                DECODERS.get());
        DECODERS.set(decoder);
        return reader.read(null, decoder);
    }
}
