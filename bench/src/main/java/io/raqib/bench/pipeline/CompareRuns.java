package io.raqib.bench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two sets of pipeline runs side by side: the figures a change is judged on, each as the mean of a set's runs with
 * their range, and the difference of the means. One run against one says little on a shared two-core machine (a
 * process's CPU moves by a tenth of a core between two runs of the same build); runs made one after the other, A, B,
 * A, B, and read together, say whether a difference is larger than that. {@code ./raqib bench --compare A.json … vs
 * B.json …}
 */
public final class CompareRuns {

    /** A figure of a report, by name; NaN where a report lacks it. */
    record Figure(String name, Function<JsonNode, Double> read) {
    }

    private static final List<Figure> FIGURES = figures();

    private CompareRuns() {
    }

    public static void main(String[] args) {
        int vs = Arrays.asList(args).indexOf("vs");
        if (vs < 1 || vs == args.length - 1) {
            System.err.println("usage: CompareRuns A.json [A.json ...] vs B.json [B.json ...]");
            System.exit(2);
        }
        System.out.print(table(read(Arrays.asList(args).subList(0, vs)),
                read(Arrays.asList(args).subList(vs + 1, args.length))));
    }

    private static List<JsonNode> read(List<String> files) {
        List<JsonNode> reports = new ArrayList<>();
        for (String file : files) {
            try {
                reports.add(Report.JSON.readTree(Path.of(file).toFile()));
            } catch (IOException e) {
                System.err.println("cannot read the report " + file + ": " + e.getMessage());
                System.exit(2);
            }
        }
        return reports;
    }

    static String table(List<JsonNode> a, List<JsonNode> b) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-44s %24s %24s %12s%n", "figure (mean [least - most])",
                "A: " + a.size() + " run" + (a.size() == 1 ? "" : "s"), "B: " + b.size() + " run"
                        + (b.size() == 1 ? "" : "s"), "B - A"));
        for (Figure figure : FIGURES) {
            double[] left = values(a, figure);
            double[] right = values(b, figure);
            if (left.length == 0 && right.length == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-44s %24s %24s %12s%n", figure.name(), summary(left),
                    summary(right), left.length == 0 || right.length == 0 ? "-"
                            : signed(mean(right) - mean(left))));
        }
        out.append(String.format(Locale.ROOT, "%nA: %s%nB: %s%n", loads(a), loads(b)));
        return out.toString();
    }

    private static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("sustained articles/s", r -> number(r.path("throughput")
                .path("sustainedArticlesPerSecond"))));
        figures.add(new Figure("pipeline and broker, cores", r -> number(r.path("pipelineCpu").path("cores"))));
        figures.add(new Figure("pipeline and broker, CPU ms/article", r -> number(r.path("pipelineCpu")
                .path("msPerArticle"))));
        // Runs since session 16: what the services' timed steps (extraction, dedup …) leave of it.
        figures.add(new Figure("  besides the timed steps, ms/article", r -> number(r.path("pipelineCpu")
                .path("restMsPerArticle"))));
        List<String> processes = List.of("ingest-service", "nlp-service", "alert-service", "kafka",
                PipelineBench.DRIVER);
        for (String process : processes) {
            figures.add(new Figure(process + ", cores", r -> number(r.path("resources").path(process)
                    .path("cpuCoresMean"))));
        }
        figures.add(new Figure("ack -> enriched p99, ms", r -> number(r.path("latency").path("ackToEnrichedMs")
                .path("p99"))));
        figures.add(new Figure("ack -> alert p50, ms", r -> number(r.path("latency").path("ackToAlertMs")
                .path("p50"))));
        figures.add(new Figure("ack -> alert p99, ms", r -> number(r.path("latency").path("ackToAlertMs")
                .path("p99"))));
        figures.add(new Figure("broker writes, bytes/article", r -> number(r.path("brokerWrites")
                .path("bytesPerArticle"))));
        return figures;
    }

    private static double[] values(List<JsonNode> reports, Figure figure) {
        return reports.stream().mapToDouble(r -> figure.read().apply(r)).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static String summary(double[] values) {
        if (values.length == 0) {
            return "-";
        }
        if (values.length == 1) {
            return Report.number(values[0]);
        }
        return Report.number(mean(values)) + " [" + Report.number(Arrays.stream(values).min().getAsDouble()) + " - "
                + Report.number(Arrays.stream(values).max().getAsDouble()) + "]";
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static String signed(double value) {
        String text = Report.number(value);
        return text.matches("-0(\\.0+)?") ? "0" : (value > 0 ? "+" : "") + text;
    }

    /** What each set ran, so that a comparison of different loads shows as such. */
    private static String loads(List<JsonNode> reports) {
        Map<String, Integer> loads = new LinkedHashMap<>();
        reports.forEach(r -> loads.merge(r.path("load").path("description").asText("?"), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        loads.forEach((load, count) -> parts.add(count + " × " + load));
        return String.join("; ", parts);
    }
}
