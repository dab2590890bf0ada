package io.raqib.alert.detect;

/** Where a decision puts an alert in its life; the same symbols as the Alert schema's AlertStatus. */
public enum Status {
    /** The series fired, and no alert of it was open or cooling down. */
    OPEN,
    /** The open alert still fires, and markedly harder: a higher severity, or a score well above the last one told. */
    UPDATED,
    /** The series has been quiet for long enough; a new alert waits out the cooldown. */
    RESOLVED
}
