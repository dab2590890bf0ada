package io.raqib.alert;

import java.util.function.Function;

import org.apache.kafka.common.serialization.Deserializer;

import io.raqib.schemas.SelfSerde;

/**
 * The opening the service's binary state formats share ({@link TallySerde} and the others): null is null; bytes that
 * start as a JSON object are a value of the releases that stored JSON, read through Jackson; anything else is a
 * version byte, then the body a subclass writes with a {@link BinaryWriter} and reads with a {@link BinaryReader},
 * which must use every byte.
 *
 * <p>The JSON branch stays for on-disk compatibility: the stores and repartition topics of a service that upgrades
 * hold both formats until each value is written again, and an old value must read as what it was, not be lost.
 *
 * <p>Subclasses write {@link #write}, {@link #read} and {@link #bodySize}, and give the JSON past to the constructor.
 * This runs for every record (docs/performance.md), so it adds nothing to a call but a virtual call or two: no copies,
 * no reflection, no boxing.
 */
abstract class VersionedSerde<T> extends SelfSerde<T> {

    /** What a value is, for errors ("a series tally": "cannot read a series tally: ..."). */
    private final String type;
    private final int version;
    /** How the JSON of releases before reads. */
    private final Deserializer<? extends T> json;

    /** A format whose values releases before stored as JSON of the same type. */
    protected VersionedSerde(String type, int version, Class<T> jsonType) {
        this(type, version, new JsonSerde<>(jsonType));
    }

    /** A format whose values releases before stored as JSON of another record, read as it and then converted. */
    protected <J> VersionedSerde(String type, int version, Class<J> jsonType,
            Function<? super J, ? extends T> fromJson) {
        this(type, version, converting(new JsonSerde<>(jsonType), fromJson));
    }

    private VersionedSerde(String type, int version, Deserializer<? extends T> json) {
        if (version == '{') {
            // JsonSerde.looksLikeJson tells the formats apart by that first byte.
            throw new IllegalArgumentException("version " + version + " is '{', which would read as JSON");
        }
        this.type = type;
        this.version = version;
        this.json = json;
    }

    private static <J, T> Deserializer<T> converting(JsonSerde<J> json, Function<? super J, ? extends T> fromJson) {
        return (topic, bytes) -> fromJson.apply(json.deserialize(topic, bytes));
    }

    /**
     * How many bytes the body takes after the version byte: exactly, where that is cheap to know, for then the
     * writer's array is the record and is not copied once more at the end; otherwise a first guess it grows from.
     */
    protected abstract int bodySize(T value);

    /** Writes the body of a value that is not null, after the version byte. */
    protected abstract void write(BinaryWriter out, T value);

    /**
     * Reads the body written by {@link #write}, after the version byte was checked; that every byte was used is
     * checked after. Bytes that are no such body end in {@link BinaryReader#invalid}.
     */
    protected abstract T read(BinaryReader in);

    /**
     * The oldest binary version still read ({@link #readOlder}): values a release before wrote in it stay in the
     * stores until written again. The current version unless a subclass says otherwise.
     */
    protected int oldestVersion() {
        return version;
    }

    /** Reads the body of an older binary version, from {@link #oldestVersion} on, after its version byte. */
    protected T readOlder(BinaryReader in, int olderVersion) {
        throw in.invalid("format version " + olderVersion + " is not read");
    }

    @Override
    public final byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        BinaryWriter out = new BinaryWriter(1 + bodySize(value)).writeByte(version);
        write(out, value);
        return out.toByteArray();
    }

    @Override
    public final T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (JsonSerde.looksLikeJson(bytes)) {
            return json.deserialize(topic, bytes);
        }
        BinaryReader in = new BinaryReader(bytes, type);
        int found = in.version(oldestVersion(), version);
        T value = found == version ? read(in) : readOlder(in, found);
        in.end();
        return value;
    }
}
