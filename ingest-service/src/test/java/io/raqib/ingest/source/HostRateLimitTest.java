package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HostRateLimitTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final List<Long> sleeps = new ArrayList<>();
    private final HostRateLimit limit = new HostRateLimit(Duration.ofMillis(1000), now::get, nanos -> {
        sleeps.add(nanos / MS);
        now.addAndGet(nanos);
    });

    @Test
    void requestsToOneHostAreSpacedByTheInterval() throws InterruptedException {
        limit.acquire("alsumaria.example");
        limit.acquire("alsumaria.example");
        limit.acquire("ALSUMARIA.example");
        assertEquals(List.of(1000L, 1000L), sleeps);
    }

    @Test
    void otherHostsDoNotWait() throws InterruptedException {
        limit.acquire("alsumaria.example");
        limit.acquire("shafaq.example");
        limit.acquire("enabbaladi.example");
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aHostLeftAloneLongEnoughIsFreeAgain() throws InterruptedException {
        limit.acquire("alsumaria.example");
        now.addAndGet(1500 * MS);
        limit.acquire("alsumaria.example");
        now.addAndGet(400 * MS);
        limit.acquire("alsumaria.example");
        assertEquals(List.of(600L), sleeps);
    }

    @Test
    void callersAtTheSameMomentGetConsecutiveSlots() throws InterruptedException {
        // Without sleeping: three threads that reserve at once wait 0, 1 and 2 intervals.
        List<Long> waits = new ArrayList<>();
        HostRateLimit frozen = new HostRateLimit(Duration.ofMillis(250), now::get, nanos -> waits.add(nanos / MS));
        for (int i = 0; i < 3; i++) {
            frozen.acquire("rudaw.example");
        }
        assertEquals(List.of(250L, 500L), waits);
    }
}
