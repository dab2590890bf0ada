package io.raqib.alert;

import java.util.List;

import io.raqib.schemas.SelfSerde;

/**
 * {@link Observation} on the repartition topic to the watchers: a version byte, the window, count and outlets, the
 * evidence as the tally keeps it (never decoded on the way). Records of releases before, in JSON, still read: an
 * upgrade may find some in the topic.
 */
public final class ObservationSerde extends SelfSerde<Observation> {

    static final int VERSION = 1;
    private static final String TYPE = "an observation";

    /** The observation as releases before wrote it, in JSON. */
    record JsonObservation(long windowStart, long count, int outlets, List<Evidence.Article> evidence) {
    }

    private static final JsonSerde<JsonObservation> JSON = new JsonSerde<>(JsonObservation.class);

    @Override
    public byte[] serialize(String topic, Observation observation) {
        if (observation == null) {
            return null;
        }
        BinaryWriter out = new BinaryWriter(1 + 2 * Long.BYTES + Integer.BYTES + observation.evidence().encodedSize());
        out.writeByte(VERSION).writeLong(observation.windowStart()).writeLong(observation.count())
                .writeInt(observation.outlets());
        observation.evidence().write(out);
        return out.toByteArray();
    }

    @Override
    public Observation deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (JsonSerde.looksLikeJson(bytes)) {
            JsonObservation json = JSON.deserialize(topic, bytes);
            return new Observation(json.windowStart(), json.count(), json.outlets(), Evidence.of(json.evidence()));
        }
        BinaryReader in = new BinaryReader(bytes, TYPE).version(VERSION);
        long windowStart = in.readLong();
        long count = in.readLong();
        int outlets = in.readInt();
        if (count < 0 || outlets < 0) {
            throw in.invalid("a negative count");
        }
        Evidence evidence = Evidence.read(in, SeriesTally.MAX_EVIDENCE);
        in.end();
        return new Observation(windowStart, count, outlets, evidence);
    }
}
