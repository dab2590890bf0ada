package io.raqib.bench.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Gauges sampled once a second (lag, CPU, heap …), by name and second of the run. A second without a sample (a scrape
 * that timed out) is a gap, not a zero.
 */
final class Timeline {

    private final Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();

    synchronized void put(String name, int second, double value) {
        if (second >= 0 && !Double.isNaN(value)) {
            series.computeIfAbsent(name, n -> new TreeMap<>()).put(second, value);
        }
    }

    synchronized boolean has(String name) {
        return series.containsKey(name);
    }

    synchronized Iterable<String> names() {
        return java.util.List.copyOf(series.keySet());
    }

    /** Values of [0, length), NaN where none was sampled. */
    synchronized double[] values(String name, int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        series.getOrDefault(name, new TreeMap<>()).forEach((second, value) -> {
            if (second < length) {
                values[second] = value;
            }
        });
        return values;
    }

    /** The samples within the seconds [from, to). */
    synchronized double[] window(String name, int from, int to) {
        return series.getOrDefault(name, new TreeMap<>()).subMap(from, to).values().stream()
                .mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * How fast a cumulative series grew per second within [from, to): from its first sample there to its last. NaN
     * with fewer than two samples.
     */
    synchronized double growthPerSecond(String name, int from, int to) {
        NavigableMap<Integer, Double> window = series.getOrDefault(name, new TreeMap<>()).subMap(from, true, to, false);
        if (window.size() < 2) {
            return Double.NaN;
        }
        return (window.lastEntry().getValue() - window.firstEntry().getValue())
                / (window.lastKey() - window.firstKey());
    }

    /** The last sample at or before {@code second}, NaN if none. */
    synchronized double at(String name, int second) {
        var entry = series.getOrDefault(name, new TreeMap<>()).floorEntry(second);
        return entry == null ? Double.NaN : entry.getValue();
    }
}
