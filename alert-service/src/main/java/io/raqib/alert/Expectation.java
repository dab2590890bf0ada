package io.raqib.alert;

/**
 * What {@link SpikeWatch} made of one series in one window, kept a while for the desk's chart of observed against
 * expected. In a window store whose retention bounds it ({@link ExpectationSerde}).
 *
 * @param expected articles the baseline expected in the window
 * @param learned  whether the detector judged the window; false while the series is in its warm-up and the
 *                 {@link ThresholdRule} does, when {@code expected} is only the baseline being learned
 * @param alertId  the alert the series was in during the window, null when none was open
 */
public record Expectation(double expected, boolean learned, String alertId) {
}
