package io.raqib.alert;

import io.raqib.schemas.SelfSerde;

/**
 * {@link Expectation} in the window store of what was expected: a version byte, the expected count's bits, whether
 * learned, the alert id. Looked up for every observation, written when it changes. JSON of releases before still
 * reads, so an upgrade keeps the charts' expected line.
 */
public final class ExpectationSerde extends SelfSerde<Expectation> {

    static final int VERSION = 1;
    private static final String TYPE = "an expectation";
    private static final JsonSerde<Expectation> JSON = new JsonSerde<>(Expectation.class);

    @Override
    public byte[] serialize(String topic, Expectation expectation) {
        if (expectation == null) {
            return null;
        }
        return new BinaryWriter(32).writeByte(VERSION).writeDouble(expectation.expected())
                .writeBoolean(expectation.learned()).writeString(expectation.alertId()).toByteArray();
    }

    @Override
    public Expectation deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (JsonSerde.looksLikeJson(bytes)) {
            return JSON.deserialize(topic, bytes);
        }
        BinaryReader in = new BinaryReader(bytes, TYPE).version(VERSION);
        Expectation expectation = new Expectation(in.readDouble(), in.readBoolean(), in.readString());
        in.end();
        return expectation;
    }
}
