package io.raqib.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreTwoHundredArticlesASecondForAMinuteAfterTwentySecondsOfWarmup() {
        BenchOptions options = BenchOptions.parse();
        assertEquals(200.0, options.rate());
        assertEquals(60, options.durationSeconds());
        assertEquals(20, options.warmupSeconds());
        assertEquals(10, options.batch());
        assertEquals(1000, options.spikeEvery()); // 5 s of load
        assertEquals(List.of("raqib-nlp", "raqib-alert"), options.groups());
        assertEquals("http://localhost:8081", options.ingestUrl());
    }

    @Test
    void theLauncherAndTheUserBothGiveOptionsAndTheLastWins() {
        BenchOptions options = BenchOptions.parse("--rate", "max", "--clients", "8", "--duration", "1m30s",
                "--warmup", "5", "--group", "a", "--group", "b", "--pid", "kafka=42", "--seed", "1", "--seed", "7",
                "--service", "ingest-service=http://h:1");
        assertNull(options.rate());
        assertTrue(options.maxRate());
        assertEquals(8, options.clients());
        assertEquals(90, options.durationSeconds());
        assertEquals(5, options.warmupSeconds());
        assertEquals(List.of("a", "b"), options.groups());
        assertEquals(42L, options.pids().get("kafka"));
        assertEquals(7, options.seed());
        assertEquals("http://h:1", options.ingestUrl());
        assertEquals(2500, options.spikeEvery());
        assertNull(options.warmupRate());
    }

    @Test
    void aWarmupRateIsNamedWithTheLoad() {
        BenchOptions options = BenchOptions.parse("--rate", "max", "--warmup", "2m", "--warmup-rate", "150");
        assertEquals(150.0, options.warmupRate());
        assertEquals("max rate, 4 clients after a warm-up at 150 articles/s, ramped up over its first 60 s",
                options.loadName());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--warmup-rate", "0"));
    }

    @Test
    void theWarmupRampsOverItsFirstHalfUnlessToldOtherwise() {
        BenchOptions fixed = BenchOptions.parse("--rate", "1000", "--warmup", "6m");
        assertEquals(180, fixed.rampSeconds());
        assertEquals(180_000_000_000L, fixed.rampNanos());
        assertEquals("1,000 articles/s (open loop), ramped up over its first 180 s", fixed.loadName());
        assertEquals(0, BenchOptions.parse("--rate", "1000", "--warmup", "6m", "--ramp", "0").rampNanos());
        assertEquals(30, BenchOptions.parse("--warmup", "2m", "--ramp", "30s").rampSeconds());
        // A warm-up as fast as ingest answers has no rate to ramp.
        assertEquals(0, BenchOptions.parse("--rate", "max", "--warmup", "2m").rampNanos());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--warmup", "1m", "--ramp", "2m"));
    }

    @Test
    void nonsenseIsRefusedWithTheUsage() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rate", "-3"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--duration", "soon"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--colour", "blue"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rate"));
    }
}
