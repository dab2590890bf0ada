package io.raqib.security;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code raqib.security.*}: whether the HTTP APIs ask for a key, the keys (hashes only), their roles and rates.
 * <pre>
 * raqib.security.api-keys.feeder.hash=sha256:9f86d0…
 * raqib.security.api-keys.feeder.roles=ingest:write
 * raqib.security.api-keys.feeder.rate-limit=50/s
 * </pre>
 */
@ConfigMapping(prefix = "raqib.security")
public interface SecurityConfig {

    /** Off only for a developer's machine: every request is then a local caller with every role. */
    @WithDefault("true")
    boolean enabled();

    /** For keys without their own, and (per client address) for requests without a key. */
    @WithDefault("20/s")
    String defaultRateLimit();

    Map<String, Key> apiKeys();

    interface Key {
        String hash();

        String roles();

        Optional<String> rateLimit();
    }
}
