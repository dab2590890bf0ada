package io.raqib.alert;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection settings of the service's plain Kafka clients (the live feed, the analysts' actions, the
 * webhooks): the same bootstrap servers and the same security (security.*, sasl.*, ssl.*) as its Kafka Streams, so
 * that on a TLS + SCRAM cluster they log in as the service's user too.
 */
public final class ClientConfig {

    private static final String STREAMS = "kafka-streams.";

    private ClientConfig() {
    }

    public static Map<String, Object> of(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap);
        Config all = ConfigProvider.getConfig();
        for (String name : all.getPropertyNames()) {
            if (name.startsWith(STREAMS)) {
                String key = name.substring(STREAMS.length());
                if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                    all.getOptionalValue(name, String.class).ifPresent(value -> config.put(key, value));
                }
            }
        }
        return config;
    }
}
