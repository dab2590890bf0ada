package io.raqib.alert.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who is told about alerts, and how hard we try: {@code raqib.alert.webhooks.*} in application.properties, one
 * {@code subscribers."<name>".*} block per receiving system (docs/webhooks.md). None is configured by default.
 */
@ConfigMapping(prefix = "raqib.alert.webhooks")
public interface WebhookConfig {

    Map<String, SubscriberConfig> subscribers();

    /** Time to open a connection to a receiver. */
    Duration connectTimeout();

    /** Time a receiver has to answer one call; a slower answer is a failed attempt. */
    Duration requestTimeout();

    Retry retry();

    interface Retry {

        /** Calls per alert, the first included. */
        int attempts();

        /** The wait before the second call; it doubles for every further call. */
        Duration initialDelay();

        /** The longest wait between two calls, also for a receiver's Retry-After. */
        Duration maxDelay();
    }

    /** One receiving system. Absent filters let everything through. */
    interface SubscriberConfig {

        /** http(s) URL the alerts are POSTed to. */
        Optional<String> url();

        /** The HMAC key of the signature; from the environment or a secret store, never from the repository. */
        Optional<String> secret();

        /** Topic ids (e.g. prison_break); absent: every topic. */
        Optional<List<String>> topics();

        /** Places (e.g. Ghwayran prison); absent: alerts with or without a place. */
        Optional<List<String>> places();

        /** The lowest severity told. An alert's severity is the highest it reached, so it never drops out again. */
        Optional<Severity> minSeverity();

        /** Which changes are told (OPEN, UPDATED, RESOLVED, ACKNOWLEDGED); absent: all of them. */
        Optional<List<AlertStatus>> statuses();

        @WithDefault("true")
        boolean enabled();

        /** Where a new subscriber starts: alerts from now on, or every alert the compacted topic still holds. */
        @WithDefault("latest")
        StartFrom startFrom();
    }

    enum StartFrom {
        LATEST, EARLIEST
    }
}
