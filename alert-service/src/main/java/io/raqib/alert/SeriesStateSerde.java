package io.raqib.alert;

import java.util.ArrayList;
import java.util.List;

import io.raqib.alert.detect.Baseline;
import io.raqib.alert.detect.Episode;
import io.raqib.alert.detect.SeasonalProfile;
import io.raqib.alert.detect.SeriesState;
import io.raqib.alert.detect.Severity;

/**
 * {@link SeriesState} in the watchers' store: a version byte, then every field in declaration order, doubles as
 * their exact bits, enums by name. About half the bytes of the JSON it replaces and no parsing: the state is read and
 * written for every observation of a series.
 *
 * <p>Releases before this one stored JSON, which still reads: an upgrade keeps every series' learned baseline (a
 * week's warm-up) and open alert, and writes each back in this format the next time its series is observed.
 */
public final class SeriesStateSerde extends VersionedSerde<SeriesState> {

    static final int VERSION = 1;
    /** Far more slots than a seasonal profile has (24 hours, 7 days): a bound for what a garbled count may claim. */
    private static final int MAX_SLOTS = 1000;

    public SeriesStateSerde() {
        super("a series state", VERSION, SeriesState.class);
    }

    @Override
    protected int bodySize(SeriesState state) {
        return 900; // a guess: about 730 bytes with the hour-of-day and day-of-week profiles
    }

    @Override
    protected void write(BinaryWriter out, SeriesState state) {
        Baseline baseline = state.baseline();
        out.writeLong(baseline.steps()).writeDouble(baseline.level()).writeLong(baseline.dispersionSteps())
                .writeDouble(baseline.variance()).writeDouble(baseline.meanExpected());
        writeProfile(out, baseline.hourOfDay());
        writeProfile(out, baseline.dayOfWeek());
        SeriesState.Current current = state.current();
        out.writeBoolean(current != null);
        if (current != null) {
            out.writeLong(current.windowStart()).writeLong(current.count()).writeInt(current.sources());
        }
        Episode episode = state.episode();
        out.writeString(episode.phase().name()).writeLong(episode.openedAt()).writeDouble(episode.score())
                .writeString(episode.severity().name()).writeInt(episode.quietSteps()).writeInt(episode.cooldownLeft());
    }

    @Override
    protected SeriesState read(BinaryReader in) {
        try {
            Baseline baseline = new Baseline(in.readLong(), in.readDouble(), in.readLong(), in.readDouble(),
                    in.readDouble(), readProfile(in), readProfile(in));
            SeriesState.Current current = in.readBoolean()
                    ? new SeriesState.Current(in.readLong(), in.readLong(), in.readInt())
                    : null;
            Episode episode = new Episode(Episode.Phase.valueOf(in.readString()), in.readLong(), in.readDouble(),
                    Severity.valueOf(in.readString()), in.readInt(), in.readInt());
            return new SeriesState(baseline, current, episode);
        } catch (IllegalArgumentException | NullPointerException e) {
            // An unknown phase or severity, or profiles of unequal lengths: not a state this service wrote.
            throw in.invalid(String.valueOf(e.getMessage()));
        }
    }

    private static void writeProfile(BinaryWriter out, SeasonalProfile profile) {
        int slots = profile.counts().size();
        out.writeInt(slots);
        for (int s = 0; s < slots; s++) {
            out.writeDouble(profile.counts().get(s)).writeDouble(profile.levels().get(s)).writeInt(profile.seen().get(s));
        }
    }

    private static SeasonalProfile readProfile(BinaryReader in) {
        int slots = in.readCount(MAX_SLOTS, "seasonal slots");
        List<Double> counts = new ArrayList<>(slots);
        List<Double> levels = new ArrayList<>(slots);
        List<Integer> seen = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            counts.add(in.readDouble());
            levels.add(in.readDouble());
            seen.add(in.readInt());
        }
        return new SeasonalProfile(counts, levels, seen);
    }
}
