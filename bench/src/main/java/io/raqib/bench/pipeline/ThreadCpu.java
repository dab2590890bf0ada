package io.raqib.bench.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a process's CPU goes, by thread, as Linux counts it ({@code /proc/PID/task/TID/stat}, user and system time):
 * no profiler, so the JIT compilers, the garbage collector and time in the kernel count too, which a JFR's execution
 * samples leave out (in session 9 they covered about a quarter of alert-service's CPU). Threads are grouped by
 * name, as Linux keeps it (its first 15 chars) with numbers folded ({@code GC Thread#1} is {@code GC Thread#N}),
 * and the JIT's and the collector's under one name each. Elsewhere than Linux it reports nothing.
 */
final class ThreadCpu {

    static final String JIT = "JIT compilers";
    static final String GC = "garbage collector";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COMPILER = Pattern.compile("C\\d CompilerThre.*");

    private ThreadCpu() {
    }

    /** CPU seconds so far of each group of the process's threads; empty when /proc cannot tell. */
    static Map<String, Double> of(long pid, long ticksPerSecond) {
        Map<String, Double> seconds = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond;
                    seconds.merge(group(name), cpu, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile: its time is gone from the process's tasks
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return seconds;
    }

    static String group(String threadName) {
        if (COMPILER.matcher(threadName).matches()) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return GC;
        }
        return DIGITS.matcher(threadName).replaceAll("N");
    }

    /**
     * Cores each group used between two snapshots {@code seconds} apart, busiest first; a thread that ended in between
     * took its time with it, so a group can only be under-counted.
     */
    static Map<String, Double> cores(Map<String, Double> start, Map<String, Double> end, double seconds) {
        Map<String, Double> cores = new LinkedHashMap<>();
        if (seconds <= 0) {
            return cores;
        }
        end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0.0)) / seconds))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> cores.put(e.getKey(), e.getValue()));
        return cores;
    }
}
