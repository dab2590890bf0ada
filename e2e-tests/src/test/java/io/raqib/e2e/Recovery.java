package io.raqib.e2e;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import io.raqib.schemas.AlertEvidence;

/**
 * How long the pipeline took to deliver again after a kill. Only work that a dead process cannot have done counts:
 * an enriched article that ingest acknowledged after the kill, an alert whose evidence holds such an article. Records
 * committed just before the kill and read just after it would otherwise pass for a recovery.
 */
final class Recovery {

    private Recovery() {
    }

    /** Milliseconds from {@code killedAt} (System.nanoTime) to the first enriched article acknowledged after it. */
    static OptionalLong enriched(long killedAt, SteadyLoad load, OutputWatch watch) {
        Map<String, Long> firstAt = watch.enrichedFirstAt();
        return load.acknowledgedAt().entrySet().stream()
                .filter(acknowledged -> acknowledged.getValue() > killedAt)
                .map(acknowledged -> firstAt.get(acknowledged.getKey()))
                .filter(at -> at != null)
                .mapToLong(at -> (at - killedAt) / 1_000_000)
                .min();
    }

    /** Milliseconds from {@code killedAt} to the first alert record holding an article acknowledged after it. */
    static OptionalLong alerts(long killedAt, SteadyLoad load, OutputWatch watch) {
        Set<String> after = load.acknowledgedAt().entrySet().stream()
                .filter(acknowledged -> acknowledged.getValue() > killedAt)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return watch.alerts().stream()
                .filter(arrival -> arrival.alert().getEvidence().stream().map(AlertEvidence::getArticleId)
                        .anyMatch(after::contains))
                .mapToLong(arrival -> (arrival.at() - killedAt) / 1_000_000)
                .min();
    }
}
