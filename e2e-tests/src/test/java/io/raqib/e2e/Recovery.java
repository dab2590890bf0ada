package io.raqib.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
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

    /**
     * The longest an article acknowledged between {@code from} and {@code to} (System.nanoTime) waited for its
     * enriched record, in milliseconds (one still waiting counts until now). A move of some partitions stalls only
     * the articles on them: the output as a whole keeps flowing, and only this shows the stall.
     */
    static long longestWait(long from, long to, SteadyLoad load, OutputWatch watch) {
        long now = System.nanoTime();
        Map<String, Long> firstAt = watch.enrichedFirstAt();
        return load.acknowledgedAt().entrySet().stream()
                .filter(acknowledged -> acknowledged.getValue() > from && acknowledged.getValue() < to)
                .mapToLong(acknowledged -> firstAt.getOrDefault(acknowledged.getKey(), now) - acknowledged.getValue())
                .max().orElse(0) / 1_000_000;
    }

    /**
     * The longest stretch between {@code from} and {@code to} (System.nanoTime) in which no enriched article came
     * out, in milliseconds: under steady load, how long a rebalance held the output back.
     */
    static long longestPause(long from, long to, OutputWatch watch) {
        long[] arrivals = watch.enrichedFirstAt().values().stream().mapToLong(Long::longValue)
                .filter(at -> at > from && at < to).sorted().toArray();
        long previous = from;
        long longest = 0;
        for (long at : arrivals) {
            longest = Math.max(longest, at - previous);
            previous = at;
        }
        return Math.max(longest, to - previous) / 1_000_000;
    }

    /**
     * Waits until an enriched article and an alert acknowledged after {@code since} come out; {@code progress} says
     * how far the pipeline got, every 10 s and in the failure.
     */
    static void awaitFlow(long since, SteadyLoad load, OutputWatch watch, Duration limit, Supplier<String> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long nextWord = System.nanoTime();
        while (enriched(since, load, watch).isEmpty() || alerts(since, load, watch).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + progress.get());
            }
            if (System.nanoTime() > nextWord) {
                System.out.println(progress.get());
                nextWord += Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(250);
        }
    }

    /** What a fault test judges once its load has stopped: every article reconciled, every spike audited. */
    record Settled(Reconciliation enriched, AlertAudit audit) {
    }

    /**
     * After the load: {@link #drain}, then two seconds more, since anything written twice comes in with a replay,
     * before the drain ends; then what came out, reconciled and audited.
     */
    static Settled settle(SteadyLoad load, OutputWatch watch, int threshold, Duration window, Duration limit,
            Supplier<String> progress) throws InterruptedException {
        drain(load, watch, threshold, window, limit, progress);
        Thread.sleep(2_000);
        return new Settled(Reconciliation.of(load, watch), AlertAudit.of(load, watch, threshold, window));
    }

    /**
     * Waits until every acknowledged article is out and every complete spike alerted, or {@code limit}: the
     * assertions that follow say what is missing.
     */
    static void drain(SteadyLoad load, OutputWatch watch, int threshold, Duration window, Duration limit,
            Supplier<String> progress) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long nextWord = System.nanoTime();
        while (System.nanoTime() < deadline) {
            boolean enriched = Reconciliation.of(load, watch).complete();
            boolean alerted = AlertAudit.of(load, watch, threshold, window).unalerted().isEmpty();
            if (enriched && alerted) {
                return;
            }
            if (System.nanoTime() > nextWord) {
                System.out.println(progress.get());
                nextWord += Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(500);
        }
    }
}
