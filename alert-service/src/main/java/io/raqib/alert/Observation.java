package io.raqib.alert;

import java.util.List;

import org.apache.kafka.streams.kstream.Windowed;

import io.raqib.schemas.AlertEvidence;

/**
 * One update of a series' window count, as {@link SpikeWatch} is told it: handed on in the task that counted it.
 *
 * @param windowStart start of the window, epoch milliseconds
 * @param count       distinct articles counted in the window so far
 * @param outlets     distinct outlets among them
 * @param evidence    the latest few articles, newest first
 */
public record Observation(long windowStart, long count, int outlets, Evidence evidence) {

    public static Observation of(Windowed<?> window, SeriesTally tally) {
        return new Observation(window.window().start(), tally.count(), tally.outlets().size(), tally.evidence());
    }

    /** The articles behind an alert, as the alert carries them. */
    List<AlertEvidence> alertEvidence() {
        return evidence.alertEvidence();
    }
}
