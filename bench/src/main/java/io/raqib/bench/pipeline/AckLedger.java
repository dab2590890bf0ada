package io.raqib.bench.pipeline;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.raqib.bench.GeneratedArticle;

/**
 * Every acknowledged article by the id it travels under, with the moment its 202 arrived: what an enriched record or
 * an alert is matched against to give a latency. A near-duplicate travels under its original's id, so one id may be
 * acknowledged twice and come out enriched twice, in the same order (one key, one partition).
 */
final class AckLedger {

    private final Map<String, ArrayDeque<Long>> awaitingEnrichment = new HashMap<>();
    /**
     * Enriched records seen before the 202 of their article reached the driver: ingest answers once Kafka has the
     * whole batch, and nlp can enrich its first articles sooner. Matched when the acknowledgement comes.
     */
    private final Map<String, ArrayDeque<Long>> enrichedEarly = new HashMap<>();
    private final ArrayDeque<Early> earlyOrder = new ArrayDeque<>();
    private static final long EARLY_KEPT_S = 60;

    private record Early(String id, long nanos) {
    }

    private final Map<String, Long> firstAck = new HashMap<>();
    private final Map<String, Integer> spikeOf = new HashMap<>();
    private final Map<Integer, Integer> spikeReports = new TreeMap<>();
    private final Map<Integer, Long> spikeAlerted = new TreeMap<>();
    private final Map<String, Long> verdicts = new TreeMap<>();
    private long awaiting;

    /** @return true when the article had come out enriched already, before its 202 reached the driver */
    synchronized boolean acknowledged(GeneratedArticle article, IngestClient.Outcome outcome, long ackNanos) {
        verdicts.merge(outcome.verdict(), 1L, Long::sum);
        if (!outcome.published()) {
            return false;
        }
        String id = outcome.publishedId();
        firstAck.putIfAbsent(id, ackNanos);
        if (article.kind() == GeneratedArticle.Kind.SPIKE) {
            spikeOf.put(id, article.spike());
            spikeReports.merge(article.spike(), 1, Integer::sum);
        }
        if (take(enrichedEarly, id) != null) {
            return true;
        }
        awaitingEnrichment.computeIfAbsent(id, k -> new ArrayDeque<>(1)).addLast(ackNanos);
        awaiting++;
        return false;
    }

    /**
     * The acknowledgement an enriched record with this key answers; empty when none is awaited, in which case the
     * record is kept for an acknowledgement still on its way (with {@code --reuse}, records of other traffic are
     * kept too, for {@value #EARLY_KEPT_S} s).
     */
    synchronized OptionalLong enriched(String id, long nanos) {
        Long ack = take(awaitingEnrichment, id);
        if (ack == null) {
            enrichedEarly.computeIfAbsent(id, k -> new ArrayDeque<>(1)).addLast(nanos);
            earlyOrder.addLast(new Early(id, nanos));
            forgetEarlyBefore(nanos - EARLY_KEPT_S * 1_000_000_000L);
            return OptionalLong.empty();
        }
        awaiting--;
        return OptionalLong.of(ack);
    }

    private void forgetEarlyBefore(long nanos) {
        while (!earlyOrder.isEmpty() && earlyOrder.peekFirst().nanos() < nanos) {
            Early early = earlyOrder.removeFirst();
            ArrayDeque<Long> seen = enrichedEarly.get(early.id());
            if (seen != null && !seen.isEmpty() && seen.peekFirst() == early.nanos()) {
                take(enrichedEarly, early.id());
            }
        }
    }

    /** The oldest entry of {@code id}, removed; null when there is none. */
    private static Long take(Map<String, ArrayDeque<Long>> queues, String id) {
        ArrayDeque<Long> queue = queues.get(id);
        if (queue == null) {
            return null;
        }
        long first = queue.removeFirst();
        if (queue.isEmpty()) {
            queues.remove(id);
        }
        return first;
    }

    /**
     * The latest acknowledgement among an alert's evidence articles that were posted in this run, or empty. The alert
     * could not exist before that article was in, so it is the one whose latency the alert tells.
     */
    synchronized OptionalLong latestAck(List<String> evidence) {
        long latest = Long.MIN_VALUE;
        for (String id : evidence) {
            Long ack = firstAck.get(id);
            if (ack != null && ack > latest) {
                latest = ack;
            }
        }
        return latest == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(latest);
    }

    /** Marks the spikes an alert's evidence belongs to as alerted, the first time. */
    synchronized void alerted(List<String> evidence, long nanos) {
        for (String id : evidence) {
            Integer spike = spikeOf.get(id);
            if (spike != null) {
                spikeAlerted.putIfAbsent(spike, nanos);
            }
        }
    }

    /** Articles acknowledged and not yet seen enriched. */
    synchronized long awaitingEnrichment() {
        return awaiting;
    }

    /** Spikes with at least one report acknowledged. */
    synchronized int spikesPosted() {
        return spikeReports.size();
    }

    /** Spikes with enough reports in to cross the alert threshold. */
    synchronized int spikesDue(int threshold) {
        return (int) spikeReports.values().stream().filter(n -> n >= threshold).count();
    }

    synchronized int spikesAlerted() {
        return spikeAlerted.size();
    }

    synchronized Map<String, Long> verdicts() {
        return Map.copyOf(verdicts);
    }
}
