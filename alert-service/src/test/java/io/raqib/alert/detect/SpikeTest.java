package io.raqib.alert.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpikeTest {

    private final DetectorConfig config = DetectorConfig.defaults();

    @ParameterizedTest(name = "{0} articles from {1} outlet(s) where {2} are expected count as {3}")
    @CsvSource({
            "12, 1, 3, 6",  // a third of the surplus of 9
            "12, 2, 3, 9",  // two thirds
            "12, 3, 3, 12", // in full from three outlets on
            "12, 5, 3, 12",
            "12, 0, 3, 6",  // no outlet reported: one
            "2, 1, 3, 2",   // no surplus, nothing to discount
            "30, 1, 0.5, 10" })
    void theSurplusOfFewOutletsIsDiscounted(long observed, int sources, double expected, long effective) {
        assertEquals(effective, Spike.effective(observed, sources, expected, 3));
    }

    @Test
    void scoreIsMinusLog10OfThePValue() {
        Spike spike = Spike.test(10, 5, 3, 3, config);
        assertEquals(0.0011024881301154815, spike.pValue(), 1e-12);
        assertEquals(-Math.log10(spike.pValue()), spike.score(), 1e-9);
        assertEquals(10, spike.effective());
    }

    @Test
    void theScoreIsCappedButNeverInfinite() {
        Spike spike = Spike.test(5000, 5, 10, 10, config);
        assertEquals(Spike.SCORE_CAP, spike.score());
        assertTrue(spike.fires(config));
    }

    @Test
    void aBurstySeriesNeedsMoreToFire() {
        Spike poisson = Spike.test(22, 5, 10, 10, config);
        Spike bursty = Spike.test(22, 5, 10, 40, config);
        assertTrue(poisson.fires(config));
        assertFalse(bursty.fires(config));
    }

    @Test
    void fewerThanMinCountNeverFires() {
        Spike spike = Spike.test(2, 5, 0.01, 0.01, config);
        assertTrue(spike.score() > config.firingScore(), "improbable");
        assertFalse(spike.fires(config), "but two articles are not an alert");
    }
}
