package io.raqib.alert.detect;

/**
 * Everything the detector remembers about one series between two observations, and all it needs: the baseline
 * learned from the finished windows, the window still being counted, and the alert's life. Immutable and a few
 * hundred bytes of JSON, to be kept per series in a key-value state store.
 *
 * @param baseline what the finished windows taught
 * @param current  the window being counted, null before the first observation; its count is learned only once a
 *                 later window shows it is finished, so revisions of a window are tested against the same baseline
 * @param episode  the alert's life
 */
public record SeriesState(Baseline baseline, Current current, Episode episode) {

    /**
     * The latest window seen: when it starts (epoch ms), its count so far and from how many outlets.
     */
    public record Current(long windowStart, long count, int sources) {
    }

    public static SeriesState fresh() {
        return new SeriesState(Baseline.empty(), null, Episode.idle());
    }
}
