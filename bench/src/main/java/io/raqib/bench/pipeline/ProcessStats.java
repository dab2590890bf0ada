package io.raqib.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Linux knows of a process ({@code /proc/PID}): CPU time, resident memory and its command line. For the broker,
 * which has no metrics endpoint, and for every process's RSS. Elsewhere than Linux it reports nothing.
 */
final class ProcessStats {

    private final Map<String, Long> pids;
    private final int cores;
    private static final long TICKS_PER_SECOND = clockTicks();
    private final Map<String, double[]> last = new HashMap<>();

    ProcessStats(Map<String, Long> pids, int cores) {
        this.pids = new LinkedHashMap<>(pids);
        this.cores = cores;
    }

    /**
     * @param cpuFor names whose CPU share comes from here (those without a metrics endpoint); RSS comes for all
     */
    void sample(Timeline timeline, int second, double nowSeconds, java.util.Set<String> cpuFor) {
        pids.forEach((name, pid) -> {
            try {
                String[] fields = statFields(pid);
                if (fields == null) {
                    return; // gone, or not Linux: no figure
                }
                double cpuSeconds = cpuSeconds(fields);
                timeline.put("rssMb." + name, second, rssMb(fields));
                double[] before = last.put(name, new double[] {nowSeconds, cpuSeconds});
                if (cpuFor.contains(name) && before != null && nowSeconds > before[0]) {
                    timeline.put("cpu." + name, second, (cpuSeconds - before[1]) / (nowSeconds - before[0]) / cores);
                }
            } catch (RuntimeException e) {
                // A line /proc did not write as expected: no figure.
            }
        });
    }

    /** Each process's threads' CPU seconds so far, by group ({@link ThreadCpu}). */
    Map<String, Map<String, Double>> threads() {
        Map<String, Map<String, Double>> threads = new LinkedHashMap<>();
        pids.forEach((name, pid) -> threads.put(name, ThreadCpu.of(pid)));
        return threads;
    }

    /** The CPU time a process has used so far, in seconds; 0 where /proc cannot tell. */
    static double cpuSeconds(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? 0 : cpuSeconds(fields);
    }

    /** A process's resident memory now, in MB; 0 where /proc cannot tell. */
    static double rssMb(long pid) {
        String[] fields = statFields(pid);
        return fields == null ? 0 : rssMb(fields);
    }

    /** User and system time (utime, stime), from clock ticks: of a process, or of one thread (its task's stat). */
    static double cpuSeconds(String[] statFields) {
        return (Long.parseLong(statFields[11]) + Long.parseLong(statFields[12])) / (double) TICKS_PER_SECOND;
    }

    /** Resident pages (rss), 4 KiB each. */
    private static double rssMb(String[] statFields) {
        return Long.parseLong(statFields[21]) * 4096 / 1_048_576.0;
    }

    /** The fields of /proc/PID/stat after the command name, which is in parentheses and may hold spaces. */
    private static String[] statFields(long pid) {
        try {
            return statFields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The fields of a stat line (a process's or a thread's) after its name. */
    static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /**
     * The JVM options a process was started with (-X…) and the Kafka settings it was given on its command line
     * (-Dkafka.… / -Dkafka-streams.…, as RAQIB_NLP_OPTS and the like pass them), where they are not addresses.
     */
    static List<String> jvmFlags(long pid) {
        try {
            String[] args = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            List<String> flags = new ArrayList<>();
            for (String arg : args) {
                boolean setting = (arg.startsWith("-Dkafka.") || arg.startsWith("-Dkafka-streams."))
                        && !arg.contains("bootstrap.servers") && !arg.contains("state.dir");
                if (arg.startsWith("-X") || setting) {
                    flags.add(arg);
                }
            }
            return flags;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
