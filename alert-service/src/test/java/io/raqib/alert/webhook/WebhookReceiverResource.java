package io.raqib.alert.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the {@link WebhookReceiver} before the service and subscribes one subscriber per test situation to it,
 * each on its own topic id.
 */
public class WebhookReceiverResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "it-secret-0123456789abcdef";

    private static WebhookReceiver receiver;

    static WebhookReceiver receiver() {
        return receiver;
    }

    @Override
    public Map<String, String> start() {
        try {
            receiver = new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        subscribe(config, "flaky", "webhook_flaky");
        subscribe(config, "down", "webhook_down");
        subscribe(config, "slow", "webhook_slow");
        subscribe(config, "elsewhere", "webhook_elsewhere");
        return config;
    }

    private static void subscribe(Map<String, String> config, String name, String topic) {
        String prefix = "raqib.alert.webhooks.subscribers.\"" + name + "\".";
        config.put(prefix + "url", receiver.url("/" + name));
        config.put(prefix + "secret", SECRET);
        config.put(prefix + "topics", topic);
        // The tests write their alerts once the service runs; from the start of the topic nothing can be missed.
        config.put(prefix + "start-from", "earliest");
    }

    @Override
    public void stop() {
        receiver.close();
    }
}
