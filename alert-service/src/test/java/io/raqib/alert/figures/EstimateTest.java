package io.raqib.alert.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EstimateTest {

    private static FigureReport report(Double low, Double high, boolean approximate) {
        return new FigureReport("a", "t", null, "o", 0, null, null, null, null, "x", low, high, approximate, false);
    }

    @Test
    void rangesThatLeaveNoCommonValueContradict() {
        assertTrue(Estimate.anyContradiction(List.of(report(2500.0, 2500.0, false), report(5000.0, 7000.0, false))));
        assertFalse(Estimate.anyContradiction(List.of(report(5000.0, 7000.0, false), report(6000.0, 6000.0, false))));
    }

    @Test
    void aHedgedFigureAllowsTenPercentEitherWay() {
        assertFalse(Estimate.anyContradiction(List.of(report(10000.0, 10000.0, true), report(9500.0, 9500.0, false))));
        assertTrue(Estimate.anyContradiction(List.of(report(10000.0, 10000.0, true), report(8000.0, 8000.0, false))));
    }

    @Test
    void openEndedFiguresContradictOnlyBeyondTheirEnd() {
        assertFalse(Estimate.anyContradiction(List.of(report(300.0, null, false), report(5000.0, 5000.0, false))),
                "more than 300 allows 5,000");
        assertTrue(Estimate.anyContradiction(List.of(report(300.0, null, false), report(null, 200.0, false))),
                "more than 300 and up to 200");
    }
}
