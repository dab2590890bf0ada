package io.raqib.bench.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the load did: requests, articles offered, failures by status, and how far the schedule slipped. */
final class LoadStats {

    final AtomicLong posts = new AtomicLong();
    final AtomicLong articlesOffered = new AtomicLong();
    final AtomicLong lateSends = new AtomicLong();
    final AtomicLong maxLatenessMicros = new AtomicLong();
    final AtomicLong maxInFlight = new AtomicLong();
    private final Map<String, Long> failures = new TreeMap<>();
    private String lastError;

    synchronized void failed(IngestClient.Answer answer) {
        String kind = answer.status() < 0 ? "no answer" : "HTTP " + answer.status();
        if (failures.merge(kind, 1L, Long::sum) == 1 && (answer.status() == 401 || answer.status() == 403)) {
            System.err.println("bench: ingest answered " + answer.status() + ": its API wants a key with the role "
                    + "ingest:write (docs/security.md); give it as RAQIB_API_KEY");
        }
        lastError = answer.error();
    }

    synchronized Map<String, Long> failures() {
        return Map.copyOf(failures);
    }

    synchronized String lastError() {
        return lastError;
    }

    void late(long latenessNanos) {
        lateSends.incrementAndGet();
        maxLatenessMicros.accumulateAndGet(latenessNanos / 1000, Math::max);
    }
}
