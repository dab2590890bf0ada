package io.raqib.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;

/**
 * The specific model, with strings that must be UTF-8. Avro's own reader turns malformed bytes into U+FFFD, so a
 * record another producer garbled would be enriched and alerted on as if it were text; here it fails to decode, and
 * the consumer sends it to its dead letters with the reason. {@link #GENERIC} is the same for generic records (an
 * {@link AvroProjection}'s).
 */
final class StrictUtf8Data extends SpecificData {

    /** The generic model with the same strict strings. */
    static final GenericData GENERIC = new GenericData() {
        @Override
        public DatumReader createDatumReader(Schema schema) {
            return createDatumReader(schema, schema);
        }

        @Override
        public DatumReader createDatumReader(Schema writer, Schema reader) {
            return new GenericDatumReader<>(writer, reader, this) {
                private final StringClasses stringClasses = new StringClasses(this::findStringClass);

                @Override
                protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
                    String text = StrictReader.readStrict(in);
                    Class<?> type = stringClasses.of(expected);
                    return type == String.class || type == CharSequence.class ? text
                            : newInstanceFromString(type, text);
                }
            };
        }
    };

    /** Each thread's buffer for a string's bytes, which are decoded into a String at once. */
    private static final ThreadLocal<Utf8> SCRATCH = ThreadLocal.withInitial(Utf8::new);

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

    /**
     * The class each string schema of a reader asks for (String, CharSequence …), found once per schema object, as
     * Avro's own reader caches it; this one looked it up for every string read (with the in-place decoding, an
     * enriched article's decode went from 71 to 50 µs, docs/performance.md). By identity: string schemas with the same
     * properties are equal, and a map comparing their properties on every lookup took a quarter of a decode.
     */
    private static final class StringClasses {
        private final Function<Schema, Class<?>> find;
        /** Copied on write: a reader meets a few dozen string schemas, all in its first records. */
        private volatile Map<Schema, Class<?>> known = new IdentityHashMap<>();

        StringClasses(Function<Schema, Class<?>> find) {
            this.find = find;
        }

        Class<?> of(Schema schema) {
            Class<?> type = known.get(schema);
            return type != null ? type : learn(schema);
        }

        private synchronized Class<?> learn(Schema schema) {
            Map<Schema, Class<?>> more = new IdentityHashMap<>(known);
            Class<?> type = find.apply(schema);
            more.put(schema, type);
            known = more;
            return type;
        }
    }

    private static final class StrictReader<T> extends SpecificDatumReader<T> {

        private final StringClasses stringClasses = new StringClasses(this::findStringClass);

        StrictReader(Schema writer, Schema reader, SpecificData data) {
            super(writer, reader, data);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            Class<?> type = stringClasses.of(expected);
            if (type == CharSequence.class) {
                Utf8 raw = in.readString(null); // handed out: a buffer of its own
                strict(raw);
                return raw;
            }
            String text = readStrict(in);
            return type == String.class ? text : newInstanceFromString(type, text);
        }

        /** The next string, read through this thread's buffer and decoded strictly. */
        static String readStrict(Decoder in) throws IOException {
            return strict(in.readString(SCRATCH.get()));
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
