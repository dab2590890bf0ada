package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class CompareRunsTest {

    private static ObjectNode withAlertCores(ObjectNode report, double cores) {
        ObjectNode copy = report.deepCopy();
        ((ObjectNode) copy.path("resources").path("alert-service")).put("cpuCoresMean", cores);
        return copy;
    }

    @Test
    void eachFigureIsTheMeanOfItsSetWithItsRangeAndTheDifferenceOfTheMeans() {
        ObjectNode report = Report.build(ReportTest.syntheticRun());

        String table = CompareRuns.table(List.of(withAlertCores(report, 0.30), withAlertCores(report, 0.34)),
                List.of(withAlertCores(report, 0.24), withAlertCores(report, 0.26), withAlertCores(report, 0.25)));

        assertTrue(table.contains("A: 2 runs") && table.contains("B: 3 runs"), table);
        assertTrue(table.matches("(?s).*alert-service, cores +0\\.32 \\[0\\.30 - 0\\.34\\] +0\\.25 \\[0\\.24 - 0\\.26\\]"
                + " +-0\\.07\\n.*"), table);
        // A figure every run has alike differs by nothing; so does one that differs by less than it is shown to.
        assertTrue(!table.contains("-0.00"), table);
        assertTrue(table.matches("(?s).*sustained articles/s +(\\S+) \\[\\1 - \\1\\] +\\1 \\[\\1 - \\1\\] +0\\n.*"), table);
        assertTrue(table.contains("  besides the timed steps, ms/article"), table);
        // What each set ran is said, so that different loads show.
        assertTrue(table.contains("A: 2 × ") && table.contains("B: 3 × "), table);
    }

    @Test
    void aFigureNoReportHasIsLeftOut() {
        ObjectNode report = Report.build(ReportTest.syntheticRun());
        report.remove("brokerWrites");

        String table = CompareRuns.table(List.of(report), List.of(report));

        assertTrue(!table.contains("broker writes"), table);
        assertTrue(table.contains("A: 1 run "), table);
    }
}
