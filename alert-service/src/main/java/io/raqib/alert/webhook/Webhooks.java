package io.raqib.alert.webhook;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.raqib.alert.ClientConfig;
import io.raqib.schemas.Alert;
import io.raqib.schemas.Topic;
import io.raqib.schemas.Topics;

/**
 * Starts a dispatcher thread per enabled subscriber when the service starts, and stops them when it stops. With no
 * subscriber configured it starts nothing, not even a Kafka client.
 */
@ApplicationScoped
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);

    private final WebhookConfig config;
    private final MeterRegistry registry;
    private final ObjectMapper json;
    private final String bootstrap;
    private final String applicationId;
    private final String topicPrefix;
    private final String version;
    private final List<Running> running = new ArrayList<>();
    private DeadLetterWriter deadLetters;

    private record Running(Thread thread, StopSignal stop) {
    }

    public Webhooks(WebhookConfig config, MeterRegistry registry, ObjectMapper json,
            @ConfigProperty(name = "quarkus.kafka-streams.bootstrap-servers") String bootstrap,
            @ConfigProperty(name = "quarkus.kafka-streams.application-id") String applicationId,
            @ConfigProperty(name = "raqib.topic-prefix") Optional<String> topicPrefix,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.config = config;
        this.registry = registry;
        this.json = json;
        this.bootstrap = bootstrap;
        this.applicationId = applicationId;
        this.topicPrefix = topicPrefix.orElse("");
        this.version = version;
    }

    void start(@Observes StartupEvent event) {
        // Checked before anything starts: a mistyped URL or a missing secret stops the service with a clear message.
        List<Subscription> subscriptions = Subscription.enabled(config.subscribers());
        RetryPolicy policy = new RetryPolicy(config.retry().attempts(), config.retry().initialDelay(),
                config.retry().maxDelay());
        if (subscriptions.isEmpty()) {
            LOG.debug("no webhook subscriber configured");
            return;
        }
        Map<String, Object> client = ClientConfig.of(bootstrap);
        Topic<String, Alert> alerts = Topics.ALERTS.withPrefix(topicPrefix);
        deadLetters = DeadLetterWriter.connect(client, Topics.ALERT_DEAD_LETTERS.withPrefix(topicPrefix).name());
        HttpClient http = WebhookSender.client(config.connectTimeout());
        WebhookSender sender = new WebhookSender(http, config.requestTimeout(), "raqib-alert/" + version,
                Clock.systemUTC());
        Duration longest = policy.longestDelivery(config.connectTimeout().plus(config.requestTimeout()));
        for (Subscription s : subscriptions) {
            StopSignal stop = new StopSignal();
            WebhookMetrics metrics = new WebhookMetrics(registry, s.name());
            String group = applicationId + "-webhook-" + s.name();
            SubscriberDispatcher dispatcher = new SubscriberDispatcher(s,
                    SubscriberDispatcher.consumers(client, group, s, longest), alerts.name(),
                    alerts.valueSerde().deserializer(),
                    new RetryingDelivery(s, sender, policy, stop, metrics, new Random()), deadLetters, metrics, json,
                    stop);
            Thread thread = new Thread(dispatcher, "webhook-" + s.name());
            thread.setDaemon(true);
            thread.start();
            running.add(new Running(thread, stop));
            LOG.infof("webhook %s: alerts of %s to %s (consumer group %s)", s.name(), s.filter().describe(), s.url(),
                    group);
        }
    }

    /**
     * Lets each dispatcher finish the call it is in (at most one request timeout), cuts its back-off short, and
     * leaves what it has not finished uncommitted for the next start.
     */
    void stop(@Observes ShutdownEvent event) {
        running.forEach(r -> r.stop().stop());
        long deadline = System.nanoTime() + config.requestTimeout().plusSeconds(5).toNanos();
        for (Running r : running) {
            try {
                r.thread().join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (r.thread().isAlive()) {
                    r.thread().interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        if (deadLetters != null) {
            deadLetters.close();
        }
    }
}
