package io.raqib.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.raqib.alert.webhook.WebhookConfig.StartFrom;
import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The configuration as an operator writes it, read through the same mapping Quarkus uses. */
class WebhookConfigTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String TICKETING = "raqib.alert.webhooks.subscribers.\"ticketing\".";

    private static WebhookConfig config(Map<String, String> properties, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of(
                "raqib.alert.webhooks.connect-timeout", "PT5S",
                "raqib.alert.webhooks.request-timeout", "PT10S",
                "raqib.alert.webhooks.retry.attempts", "8",
                "raqib.alert.webhooks.retry.initial-delay", "PT1S",
                "raqib.alert.webhooks.retry.max-delay", "PT5M"));
        all.putAll(properties);
        return new SmallRyeConfigBuilder().withMapping(WebhookConfig.class)
                .withSources(new PropertiesConfigSource(all, "application.properties", 250),
                        new EnvConfigSource(env, 300))
                .build().getConfigMapping(WebhookConfig.class);
    }

    @Test
    void noSubscriberByDefault() {
        assertTrue(Subscription.enabled(config(Map.of(), Map.of()).subscribers()).isEmpty());
    }

    @Test
    void aFullSubscriber() {
        WebhookConfig config = config(Map.of(
                TICKETING + "url", "https://tickets.example/hooks/raqib",
                TICKETING + "secret", SECRET,
                TICKETING + "topics", "prison_break,infiltration",
                TICKETING + "places", "Ghwayran prison",
                TICKETING + "min-severity", "HIGH",
                TICKETING + "statuses", "OPEN,RESOLVED",
                TICKETING + "start-from", "earliest"), Map.of());
        Subscription s = Subscription.enabled(config.subscribers()).get(0);
        assertEquals("ticketing", s.name());
        assertEquals(URI.create("https://tickets.example/hooks/raqib"), s.url());
        assertEquals(new AlertFilter(Set.of("prison_break", "infiltration"), Set.of("Ghwayran prison"), Severity.HIGH,
                Set.of(AlertStatus.OPEN, AlertStatus.RESOLVED)), s.filter());
        assertEquals(StartFrom.EARLIEST, s.startFrom());
        assertFalse(s.toString().contains(SECRET), "the secret stays out of logs");
    }

    @Test
    void justAUrlAndASecretMeansEverythingFromNowOn() {
        Subscription s = Subscription.enabled(config(Map.of(TICKETING + "url", "http://localhost:9000/hook",
                TICKETING + "secret", SECRET), Map.of()).subscribers()).get(0);
        assertEquals(AlertFilter.EVERYTHING, s.filter());
        assertEquals(StartFrom.LATEST, s.startFrom());
    }

    /** The documented way: the subscriber in a properties file, its secret in the environment. */
    @Test
    void theSecretComesFromTheEnvironment() {
        WebhookConfig config = config(Map.of(TICKETING + "url", "https://tickets.example/hooks/raqib"),
                Map.of(Subscription.envName("ticketing"), SECRET));
        assertEquals("RAQIB_ALERT_WEBHOOKS_SUBSCRIBERS__TICKETING__SECRET", Subscription.envName("ticketing"));
        assertEquals(SECRET, config.subscribers().get("ticketing").secret().orElseThrow());
    }

    @Test
    void aHyphenatedNameToo() {
        String chatBot = "raqib.alert.webhooks.subscribers.\"chat-bot\".";
        WebhookConfig config = config(Map.of(chatBot + "url", "https://chat.example/raqib"),
                Map.of("RAQIB_ALERT_WEBHOOKS_SUBSCRIBERS__CHAT_BOT__SECRET", SECRET));
        assertEquals(SECRET, config.subscribers().get("chat-bot").secret().orElseThrow());
    }

    @Test
    void aDisabledSubscriberIsNeitherStartedNorChecked() {
        assertTrue(Subscription.enabled(config(Map.of(TICKETING + "url", "not a url", TICKETING + "enabled", "false"),
                Map.of()).subscribers()).isEmpty());
    }

    @Test
    void everyProblemIsToldAtOnce() {
        WebhookConfig config = config(Map.of(
                TICKETING + "url", "ftp://tickets.example/",
                TICKETING + "secret", "short",
                "raqib.alert.webhooks.subscribers.\"Chat Bot\".url", "https://chat.example/raqib",
                "raqib.alert.webhooks.subscribers.\"Chat Bot\".secret", SECRET,
                "raqib.alert.webhooks.subscribers.\"pager\".secret", SECRET), Map.of());
        String message = assertThrows(IllegalArgumentException.class,
                () -> Subscription.enabled(config.subscribers())).getMessage();
        for (String expected : List.of("\"ticketing\".url must be an absolute http(s) URL",
                "\"ticketing\".secret is missing or shorter than 16 characters (set it with "
                        + "RAQIB_ALERT_WEBHOOKS_SUBSCRIBERS__TICKETING__SECRET)",
                "\"Chat Bot\": the name must be", "\"pager\".url is missing")) {
            assertTrue(message.contains(expected), message);
        }
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void anUnknownSeverityIsAConfigurationError() {
        assertThrows(RuntimeException.class, () -> config(Map.of(TICKETING + "url", "https://tickets.example/",
                TICKETING + "secret", SECRET, TICKETING + "min-severity", "URGENT"), Map.of()));
    }
}
