package io.raqib.alert;

/**
 * {@link Expectation} in the window store of what was expected: a version byte, the expected count's bits, whether
 * learned, the alert id. Looked up for every observation, written when it changes. JSON of releases before still
 * reads, so an upgrade keeps the charts' expected line.
 */
public final class ExpectationSerde extends VersionedSerde<Expectation> {

    static final int VERSION = 1;

    public ExpectationSerde() {
        super("an expectation", VERSION, Expectation.class);
    }

    @Override
    protected int bodySize(Expectation expectation) {
        return 32; // a guess: 29 bytes with an alert id (16 hex digits), 13 without
    }

    @Override
    protected void write(BinaryWriter out, Expectation expectation) {
        out.writeDouble(expectation.expected()).writeBoolean(expectation.learned()).writeString(expectation.alertId());
    }

    @Override
    protected Expectation read(BinaryReader in) {
        return new Expectation(in.readDouble(), in.readBoolean(), in.readString());
    }
}
