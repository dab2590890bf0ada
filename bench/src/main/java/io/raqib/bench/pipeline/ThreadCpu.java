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
 * samples leave out (in a JFR of alert-service at 400 articles/s they covered 22 % of its CPU). Threads are grouped by
 * name, as Linux keeps it (its first 15 chars) with numbers folded ({@code GC Thread#1} is {@code GC Thread#N}),
 * and the JIT's and the collector's under one name each; threads that ended meanwhile (a pool lets its idle workers
 * go) are counted from the process's total. Elsewhere than Linux it reports nothing.
 */
final class ThreadCpu {

    static final String JIT = "JIT compilers";
    static final String GC = "garbage collector";
    /** The time of threads that ended between two snapshots: the process's total less its live threads'. */
    static final String ENDED = "threads that ended";
    /** In a snapshot: the whole process's CPU seconds ({@code /proc/PID/stat}), which keeps its ended threads' time. */
    static final String PROCESS = "(process)";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COMPILER = Pattern.compile("C\\d CompilerThre.*");

    private ThreadCpu() {
    }

    /**
     * CPU seconds so far of each group of the process's live threads, and of the whole process under
     * {@link #PROCESS}; empty when /proc cannot tell.
     */
    static Map<String, Double> of(long pid) {
        Map<String, Double> seconds = new HashMap<>();
        double process = ProcessStats.cpuSeconds(pid);
        if (process > 0) {
            seconds.put(PROCESS, process);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    seconds.merge(group(name), ProcessStats.cpuSeconds(ProcessStats.statFields(stat)), Double::sum);
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
     * Cores each group used between two snapshots {@code seconds} apart, busiest first. A thread that ended in between
     * took its time out of its group (a pool's idle workers are let go and new ones started): what the process used
     * beyond its groups is given as {@link #ENDED}.
     */
    static Map<String, Double> cores(Map<String, Double> start, Map<String, Double> end, double seconds) {
        Map<String, Double> cores = new LinkedHashMap<>();
        if (seconds <= 0) {
            return cores;
        }
        Map<String, Double> used = new HashMap<>();
        end.forEach((group, at) -> {
            if (!group.equals(PROCESS)) {
                used.put(group, Math.max(0, at - start.getOrDefault(group, 0.0)) / seconds);
            }
        });
        if (start.containsKey(PROCESS) && end.containsKey(PROCESS)) {
            double process = (end.get(PROCESS) - start.get(PROCESS)) / seconds;
            double ended = process - used.values().stream().mapToDouble(Double::doubleValue).sum();
            if (ended > 0) {
                used.put(ENDED, ended);
            }
        }
        used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> cores.put(e.getKey(), e.getValue()));
        return cores;
    }
}
