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
    private final Map<String, Long> firstAck = new HashMap<>();
    private final Map<String, Integer> spikeOf = new HashMap<>();
    private final Map<Integer, Integer> spikeReports = new TreeMap<>();
    private final Map<Integer, Long> spikeAlerted = new TreeMap<>();
    private final Map<String, Long> verdicts = new TreeMap<>();
    private long awaiting;

    synchronized void acknowledged(GeneratedArticle article, IngestClient.Outcome outcome, long ackNanos) {
        verdicts.merge(outcome.verdict(), 1L, Long::sum);
        if (!outcome.published()) {
            return;
        }
        String id = outcome.publishedId();
        awaitingEnrichment.computeIfAbsent(id, k -> new ArrayDeque<>(1)).addLast(ackNanos);
        awaiting++;
        firstAck.putIfAbsent(id, ackNanos);
        if (article.kind() == GeneratedArticle.Kind.SPIKE) {
            spikeOf.put(id, article.spike());
            spikeReports.merge(article.spike(), 1, Integer::sum);
        }
    }

    /** The acknowledgement an enriched record with this key answers, if it is one of the run's. */
    synchronized OptionalLong enriched(String id) {
        ArrayDeque<Long> acks = awaitingEnrichment.get(id);
        if (acks == null) {
            return OptionalLong.empty();
        }
        long ack = acks.removeFirst();
        if (acks.isEmpty()) {
            awaitingEnrichment.remove(id);
        }
        awaiting--;
        return OptionalLong.of(ack);
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
