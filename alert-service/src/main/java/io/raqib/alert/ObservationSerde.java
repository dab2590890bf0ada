package io.raqib.alert;

import java.util.List;

/**
 * {@link Observation} on the repartition topic to the watchers: a version byte, the window, count and outlets, the
 * evidence as the tally keeps it (never decoded on the way). Records of releases before, in JSON, still read: an
 * upgrade may find some in the topic.
 */
public final class ObservationSerde extends VersionedSerde<Observation> {

    static final int VERSION = 1;

    /** The observation as releases before wrote it, in JSON. */
    record JsonObservation(long windowStart, long count, int outlets, List<Evidence.Article> evidence) {
    }

    public ObservationSerde() {
        super("an observation", VERSION, JsonObservation.class, json -> new Observation(json.windowStart(),
                json.count(), json.outlets(), Evidence.of(json.evidence())));
    }

    @Override
    protected int bodySize(Observation observation) {
        return 2 * Long.BYTES + Integer.BYTES + observation.evidence().encodedSize();
    }

    @Override
    protected void write(BinaryWriter out, Observation observation) {
        out.writeLong(observation.windowStart()).writeLong(observation.count()).writeInt(observation.outlets());
        observation.evidence().write(out);
    }

    @Override
    protected Observation read(BinaryReader in) {
        long windowStart = in.readLong();
        long count = in.readLong();
        int outlets = in.readInt();
        if (count < 0 || outlets < 0) {
            throw in.invalid("a negative count");
        }
        Evidence evidence = Evidence.read(in, SeriesTally.MAX_EVIDENCE);
        return new Observation(windowStart, count, outlets, evidence);
    }
}
