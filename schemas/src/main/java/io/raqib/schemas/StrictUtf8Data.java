package io.raqib.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;

/**
 * The specific model, with strings that must be UTF-8. Avro's own reader turns malformed bytes into U+FFFD, so a
 * record another producer garbled would be enriched and alerted on as if it were text; here it fails to decode, and
 * the consumer sends it to its dead letters with the reason.
 */
final class StrictUtf8Data extends SpecificData {

    StrictUtf8Data(ClassLoader loader) {
        super(loader);
    }

    @Override
    public DatumReader createDatumReader(Schema schema) {
        return createDatumReader(schema, schema);
    }

    @Override
    public DatumReader createDatumReader(Schema writer, Schema reader) {
        return new StrictReader<>(writer, reader, this);
    }

    private static final class StrictReader<T> extends SpecificDatumReader<T> {

        StrictReader(Schema writer, Schema reader, SpecificData data) {
            super(writer, reader, data);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            Utf8 raw = in.readString(null);
            String text = strict(raw);
            Class<?> type = findStringClass(expected);
            if (type == String.class) {
                return text;
            }
            return type == CharSequence.class ? raw : newInstanceFromString(type, text);
        }

        /**
         * The JDK's own decoding (fast), which puts U+FFFD where bytes are malformed; only when a U+FFFD is there is
         * the text decoded again strictly, to tell a garbled string from one that holds that character.
         */
        static String strict(Utf8 raw) {
            String text = new String(raw.getBytes(), 0, raw.getByteLength(), StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw.getBytes(), 0, raw.getByteLength())).toString();
            } catch (CharacterCodingException e) {
                throw new AvroRuntimeException("a string that is not UTF-8", e);
            }
        }
    }
}
