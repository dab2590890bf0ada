package io.raqib.alert.webhook;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One subscriber's meters. They are registered at start, at zero, so that rates and increases in Prometheus see
 * the first failure too.
 */
final class WebhookMetrics {

    /** Calls by outcome: delivered (2xx), retried (failed, another call follows), dead_lettered (given up). */
    static final String DELIVERIES = "raqib.alert.webhook.deliveries";
    /** From the first call for an alert to its last: delivered or dead-lettered, back-off included. */
    static final String LATENCY = "raqib.alert.webhook.delivery.latency";
    /** Alert changes on the alerts topic this subscriber has not taken up yet. */
    static final String LAG = "raqib.alert.webhook.lag";

    private final Counter delivered;
    private final Counter retried;
    private final Counter deadLettered;
    private final Timer deliveredLatency;
    private final Timer deadLetteredLatency;
    private final AtomicLong lag = new AtomicLong(); // held here: Micrometer keeps only a weak reference

    WebhookMetrics(MeterRegistry registry, String subscriber) {
        delivered = Counter.builder(DELIVERIES).tag("subscriber", subscriber).tag("outcome", "delivered")
                .register(registry);
        retried = Counter.builder(DELIVERIES).tag("subscriber", subscriber).tag("outcome", "retried")
                .register(registry);
        deadLettered = Counter.builder(DELIVERIES).tag("subscriber", subscriber).tag("outcome", "dead_lettered")
                .register(registry);
        deliveredLatency = Timer.builder(LATENCY).tag("subscriber", subscriber).tag("outcome", "delivered")
                .register(registry);
        deadLetteredLatency = Timer.builder(LATENCY).tag("subscriber", subscriber).tag("outcome", "dead_lettered")
                .register(registry);
        Gauge.builder(LAG, lag, AtomicLong::get).tag("subscriber", subscriber).register(registry);
    }

    void delivered(Duration took) {
        delivered.increment();
        deliveredLatency.record(took);
    }

    void retried() {
        retried.increment();
    }

    void deadLettered(Duration took) {
        deadLettered.increment();
        deadLetteredLatency.record(took);
    }

    /** A record that is not an alert: dead-lettered without a call, so without a latency. */
    void undecodable() {
        deadLettered.increment();
    }

    void lag(long records) {
        lag.set(records);
    }
}
