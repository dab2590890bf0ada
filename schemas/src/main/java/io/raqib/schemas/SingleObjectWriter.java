package io.raqib.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;

/**
 * Writes Avro single-object encoding ({@link SingleObjectReader}) through a buffered encoder. Avro's own
 * {@code BinaryMessageEncoder} writes the body to its stream a byte at a time and hands back a buffer to copy.
 * The bytes are the same. Thread-safe: the writer is, and each thread reuses its own encoder.
 */
final class SingleObjectWriter<D> {

    private static final ThreadLocal<BinaryEncoder> ENCODERS = new ThreadLocal<>();

    private final DatumWriter<D> writer;
    private final byte[] header = new byte[SingleObjectReader.HEADER_BYTES];

    @SuppressWarnings("unchecked")
    SingleObjectWriter(GenericData model, Schema schema) {
        this.writer = model.createDatumWriter(schema);
        header[0] = (byte) 0xC3;
        header[1] = (byte) 0x01;
        long fingerprint = SingleObjectReader.fingerprint(schema);
        for (int i = 2; i < header.length; i++, fingerprint >>>= 8) {
            header[i] = (byte) fingerprint; // little-endian
        }
    }

    byte[] write(D datum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.write(header);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODERS.get());
        ENCODERS.set(encoder);
        writer.write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
