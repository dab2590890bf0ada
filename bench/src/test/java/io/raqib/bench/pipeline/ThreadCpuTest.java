package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsAreGroupedByNameWithTheJitsAndTheCollectorsTogether() {
        assertEquals(ThreadCpu.JIT, ThreadCpu.group("C2 CompilerThre"));
        assertEquals(ThreadCpu.JIT, ThreadCpu.group("C1 CompilerThre"));
        assertEquals(ThreadCpu.GC, ThreadCpu.group("GC Thread#1"));
        assertEquals(ThreadCpu.GC, ThreadCpu.group("G1 Conc#0"));
        assertEquals("executor-thread", ThreadCpu.group("executor-thread"));
        assertEquals("vert.x-eventloo", ThreadCpu.group("vert.x-eventloo"));
        assertEquals("data-plane-kafk", ThreadCpu.group("data-plane-kafk"));
        assertEquals("HttpClient-N-Se", ThreadCpu.group("HttpClient-1-Se"));
    }

    @Test
    void coresAreTheTimeBetweenTwoSnapshotsBusiestFirst() {
        Map<String, Double> cores = ThreadCpu.cores(Map.of("a", 1.0, "b", 5.0, "gone", 3.0),
                Map.of("a", 3.0, "b", 6.0, "new", 0.5), 10);
        assertEquals(List.of("a", "b", "new"), List.copyOf(cores.keySet()));
        assertEquals(0.2, cores.get("a"), 1e-9);
        assertEquals(0.1, cores.get("b"), 1e-9);
        assertEquals(0.05, cores.get("new"), 1e-9);
    }

    @Test
    void theTimeOfThreadsThatEndedIsTheProcesssLessItsLiveThreads() {
        Map<String, Double> cores = ThreadCpu.cores(Map.of(ThreadCpu.PROCESS, 10.0, "a", 1.0, "worker", 4.0),
                Map.of(ThreadCpu.PROCESS, 20.0, "a", 3.0, "worker", 5.0), 10);
        assertEquals(List.of(ThreadCpu.ENDED, "a", "worker"), List.copyOf(cores.keySet()));
        assertEquals(0.7, cores.get(ThreadCpu.ENDED), 1e-9, "10 s in all, 3 s of it by the live threads");
    }

    @Test
    void thisJvmsThreadsAreRead() {
        Map<String, Double> seconds = ThreadCpu.of(ProcessHandle.current().pid());
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(seconds.containsKey("main") || !seconds.isEmpty(), seconds.toString());
            assertTrue(seconds.values().stream().mapToDouble(Double::doubleValue).sum() > 0, seconds.toString());
        } else {
            assertTrue(seconds.isEmpty());
        }
    }
}
