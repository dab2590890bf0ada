package io.raqib.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertEvidence;

/**
 * The alerts topic against the spikes that were sent. The threshold rule raises or updates one alert per series and
 * window, at the count that reaches the threshold, and writes nothing for a revision that changes nothing: two records saying
 * the same thing of one alert (status, count, evidence, grouping) mean an update written twice, as a replay without
 * exactly-once would do. The spikes' reports are grouped as the alert service counts them, by series and window of
 * their publication time; a group of at least the threshold must be alerted: a place alert's evidence holds one of
 * its reports. (An article may name a second place, so its reports can sit in another place's alert as well: that
 * is not a second alert for the spike, and alert ids are stable per series and window, so a replay cannot mint one.)
 *
 * @param groups    series × window groups of spike reports that reach the threshold
 * @param unalerted those of them that no place alert holds
 */
record AlertAudit(int records, int alertIds, List<String> duplicated, int groups, List<String> unalerted) {

    /** The alerts the watch saw, against the spikes the load posted. */
    static AlertAudit of(SteadyLoad load, OutputWatch watch, int threshold, Duration window) {
        return of(watch.alerts().stream().map(OutputWatch.AlertArrival::alert).toList(), load.spikeReports(), threshold,
                window);
    }

    static AlertAudit of(List<Alert> alerts, List<SteadyLoad.SpikeReport> reports, int threshold, Duration window) {
        Set<String> updates = new HashSet<>();
        Set<String> ids = new HashSet<>();
        List<String> duplicated = new ArrayList<>();
        Set<String> inPlaceAlerts = new HashSet<>();
        for (Alert alert : alerts) {
            ids.add(alert.getId());
            String update = fingerprint(alert);
            if (!updates.add(update)) {
                duplicated.add(update);
            }
            if (alert.getSeries().contains("@")) {
                for (AlertEvidence evidence : alert.getEvidence()) {
                    inPlaceAlerts.add(evidence.getArticleId());
                }
            }
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (SteadyLoad.SpikeReport report : reports) {
            long windowStart = Math.floorDiv(report.publishedAt(), window.toMillis()) * window.toMillis();
            groups.computeIfAbsent(report.series() + " " + java.time.Instant.ofEpochMilli(windowStart),
                    g -> new ArrayList<>()).add(report.id());
        }
        int counted = 0;
        List<String> unalerted = new ArrayList<>();
        for (var group : groups.entrySet()) {
            if (group.getValue().size() < threshold) {
                continue; // a spike cut in two by a window boundary: too few in either window to alert
            }
            counted++;
            if (group.getValue().stream().noneMatch(inPlaceAlerts::contains)) {
                unalerted.add(group.getKey());
            }
        }
        return new AlertAudit(alerts.size(), ids.size(), duplicated, counted, unalerted);
    }

    /** What an update says, without the wall-clock times a replay would write anew. */
    private static String fingerprint(Alert alert) {
        List<String> evidence = alert.getEvidence().stream().map(AlertEvidence::getArticleId).sorted().toList();
        return alert.getId() + " " + alert.getStatus() + " observed=" + alert.getObserved() + " evidence=" + evidence
                + " parent=" + alert.getParentId() + " places=" + alert.getPlaceAlertIds() + " by="
                + alert.getAcknowledgedBy();
    }

    @Override
    public String toString() {
        return records + " alert records of " + alertIds + " alerts, " + duplicated.size() + " updates written twice; "
                + groups + " spikes (series × window) at the threshold, " + unalerted.size() + " not alerted "
                + (unalerted.size() > 5 ? unalerted.subList(0, 5) + "…" : unalerted);
    }
}
