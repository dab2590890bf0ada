package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricsScraperTest {

    @Test
    void heapIsEveryHeapPoolSummedGcEveryCollectorAndStepsByTag() {
        String text = """
                # TYPE process_cpu_usage gauge
                process_cpu_usage 0.25
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.097152E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_committed_bytes{area="heap",id="G1 Old Gen"} 6.7108864E7
                jvm_gc_pause_seconds_sum{action="end of minor GC",cause="G1 Evacuation Pause",gc="G1 Young Generation"} 0.5
                jvm_gc_pause_seconds_sum{action="end of major GC",cause="G1 Compaction",gc="G1 Old Generation"} 0.25
                jvm_gc_pause_seconds_count{action="end of minor GC"} 12.0
                # TYPE raqib_step_cpu_seconds_total counter
                raqib_step_cpu_seconds_total{step="article"} 1.5
                raqib_step_cpu_seconds_total{step="dedup"} 4.25
                """;
        MetricsScraper.Scrape scrape = MetricsScraper.parse(text);
        assertEquals(0.25, scrape.cpuShare());
        assertEquals(30 * 1_048_576.0, scrape.heapUsedBytes());
        assertEquals(64 * 1_048_576.0, scrape.heapCommittedBytes());
        assertEquals(0.75, scrape.gcPauseSeconds());
        assertEquals(Map.of("article", 1.5, "dedup", 4.25), scrape.stepCpuSeconds());
        assertTrue(Double.isNaN(MetricsScraper.parse("up 1").heapUsedBytes()));
        assertTrue(MetricsScraper.parse("up 1").stepCpuSeconds().isEmpty());
    }
}
