package io.raqib.alert.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.raqib.alert.webhook.WebhookConfig.StartFrom;
import io.raqib.alert.webhook.WebhookConfig.SubscriberConfig;
import io.raqib.schemas.Severity;

/** An enabled subscriber whose configuration has been checked. */
record Subscription(String name, URI url, WebhookSigner signer, AlertFilter filter, StartFrom startFrom) {

    /** The name is part of a consumer group, a thread name and a metric tag. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    /** Below this a secret can be guessed; `openssl rand -hex 32` makes a good one. */
    static final int MIN_SECRET_LENGTH = 16;

    /**
     * The enabled subscribers, in name order. Throws with every problem of every subscriber at once, so that one
     * start tells the operator all there is to fix. A disabled subscriber is not checked: it may lack its secret.
     */
    static List<Subscription> enabled(Map<String, SubscriberConfig> subscribers) {
        List<Subscription> enabled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(subscribers).forEach((name, config) -> {
            if (config.enabled()) {
                List<String> own = new ArrayList<>();
                Subscription s = check(name, config, own);
                own.forEach(p -> problems.add(property(name) + p));
                if (own.isEmpty()) {
                    enabled.add(s);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("webhook configuration: " + String.join("; ", problems));
        }
        return enabled;
    }

    private static Subscription check(String name, SubscriberConfig config, List<String> problems) {
        if (!NAME.matcher(name).matches()) {
            problems.add(": the name must be lowercase letters, digits, '-' or '_' (at most 63)");
        }
        URI url = config.url().map(u -> url(u, problems)).orElse(null);
        if (config.url().isEmpty()) {
            problems.add(".url is missing");
        }
        String secret = config.secret().map(String::strip).orElse("");
        if (secret.length() < MIN_SECRET_LENGTH) {
            problems.add(".secret is missing or shorter than " + MIN_SECRET_LENGTH + " characters (set it with "
                    + envName(name) + ")");
        }
        AlertFilter filter = new AlertFilter(set(config.topics().orElse(List.of())),
                set(config.places().orElse(List.of())), config.minSeverity().orElse(Severity.LOW),
                new HashSet<>(config.statuses().orElse(List.of())));
        // With a problem, the caller reports them all and never uses this subscription: no signer for a bad secret.
        return problems.isEmpty() ? new Subscription(name, url, new WebhookSigner(secret), filter, config.startFrom())
                : null;
    }

    private static URI url(String value, List<String> problems) {
        try {
            URI url = new URI(value.strip());
            if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
                problems.add(".url must be an absolute http(s) URL, got '" + value + "'");
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add(".url is not a URL: " + e.getMessage());
            return null;
        }
    }

    private static Set<String> set(List<String> values) {
        Set<String> set = new HashSet<>();
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(set::add);
        return set;
    }

    private static String property(String name) {
        return "raqib.alert.webhooks.subscribers.\"" + name + "\"";
    }

    /** The environment variable of a subscriber's secret, as MicroProfile Config maps a quoted key. */
    static String envName(String name) {
        return "RAQIB_ALERT_WEBHOOKS_SUBSCRIBERS__" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                + "__SECRET";
    }
}
