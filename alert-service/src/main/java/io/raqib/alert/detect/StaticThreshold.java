package io.raqib.alert.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The naive rule the detector is measured against: a step fires when its count reaches a fixed multiple of the
 * series' mean over the whole run (and at least {@code minCount}); an alert opens on each step that fires after one
 * that did not. No seasons, no noise model, and it is even allowed to know the future mean.
 */
public record StaticThreshold(double multiple, long minCount) {

    public long threshold(int[] counts) {
        double sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return Math.max(minCount, (long) Math.ceil(multiple * sum / counts.length));
    }

    /** The steps at which an alert opens. */
    public List<Integer> opens(int[] counts) {
        long threshold = threshold(counts);
        List<Integer> opens = new ArrayList<>();
        boolean firing = false;
        for (int step = 0; step < counts.length; step++) {
            boolean fires = counts[step] >= threshold;
            if (fires && !firing) {
                opens.add(step);
            }
            firing = fires;
        }
        return opens;
    }
}
