package io.raqib.alert.detect;

/**
 * Where a series is in the life of its alert. Times are epoch milliseconds, so the state stays plain JSON.
 *
 * @param phase       idle, open, or cooling down after a resolution
 * @param openedAt    start of the window that opened the alert (meaningful while OPEN, kept while COOLING)
 * @param score       the score last told (by OPEN or UPDATED): an update must beat it by the margin
 * @param severity    the highest severity told
 * @param quietSteps  consecutive quiet windows while open
 * @param cooldownLeft windows still to wait before a new alert may open
 */
public record Episode(Phase phase, long openedAt, double score, Severity severity, int quietSteps, int cooldownLeft) {

    public enum Phase {
        IDLE, OPEN, COOLING
    }

    public static Episode idle() {
        return new Episode(Phase.IDLE, 0, 0, Severity.LOW, 0, 0);
    }

    Episode open(long windowStart, double newScore, Severity newSeverity) {
        return new Episode(Phase.OPEN, windowStart, newScore, newSeverity, 0, 0);
    }

    Episode told(double newScore, Severity newSeverity) {
        Severity highest = newSeverity.compareTo(severity) > 0 ? newSeverity : severity;
        return new Episode(phase, openedAt, newScore, highest, quietSteps, cooldownLeft);
    }

    Episode quiet(int steps) {
        return new Episode(phase, openedAt, score, severity, steps, cooldownLeft);
    }

    Episode resolved(int cooldown) {
        return new Episode(cooldown == 0 ? Phase.IDLE : Phase.COOLING, openedAt, score, severity, 0, cooldown);
    }

    /** {@code steps} more steps of the cooldown have passed. */
    Episode cooled(long steps) {
        long left = Math.max(0, cooldownLeft - steps);
        return left == 0 ? idle() : new Episode(Phase.COOLING, openedAt, score, severity, 0, (int) left);
    }
}
