package io.raqib.alert.detect;

/** How surprising a spike is, from its score; the same symbols as the Alert schema's, so mapping is by name. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
