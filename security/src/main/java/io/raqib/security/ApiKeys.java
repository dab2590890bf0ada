package io.raqib.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured keys, and which one (if any) a presented key is. */
public final class ApiKeys {

    private static final String SHA256 = "sha256:";

    private final List<ApiKey> keys;

    public ApiKeys(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * @param hashes     per key name, {@code sha256:<64 hex digits>}
     * @param roles      per key name, comma-separated roles from {@link Roles}
     * @param rateLimits per key name, e.g. {@code 100/s}; a key without one gets {@code defaultRate}
     * @throws IllegalArgumentException naming the key and what is wrong with it
     */
    public static ApiKeys parse(Map<String, String> hashes, Map<String, String> roles, Map<String, String> rateLimits,
            RateLimit defaultRate) {
        List<ApiKey> keys = new ArrayList<>();
        hashes.forEach((name, hash) -> {
            if (!hash.startsWith(SHA256) || hash.length() != SHA256.length() + 64) {
                throw new IllegalArgumentException("API key '" + name + "': hash must be sha256:<64 hex digits>");
            }
            byte[] digest;
            try {
                digest = HexFormat.of().parseHex(hash.substring(SHA256.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("API key '" + name + "': hash must be sha256:<64 hex digits>");
            }
            Set<String> granted = Arrays.stream(roles.getOrDefault(name, "").split(","))
                    .map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
            if (granted.isEmpty()) {
                throw new IllegalArgumentException("API key '" + name + "' has no roles; give it some of " + Roles.ALL);
            }
            granted.stream().filter(r -> !Roles.ALL.contains(r)).findFirst().ifPresent(r -> {
                throw new IllegalArgumentException("API key '" + name + "': unknown role '" + r + "'; roles are "
                        + Roles.ALL);
            });
            keys.stream().filter(other -> Arrays.equals(other.sha256(), digest)).findFirst().ifPresent(other -> {
                // One key under two names would be given the roles of whichever came last: refuse, don't guess.
                throw new IllegalArgumentException("API keys '" + other.name() + "' and '" + name
                        + "' have the same hash; give each caller its own key");
            });
            RateLimit rate = rateLimits.containsKey(name) ? RateLimit.parse(rateLimits.get(name)) : defaultRate;
            keys.add(new ApiKey(name, digest, granted, rate));
        });
        return new ApiKeys(keys);
    }

    /** The key presented, if it is one of ours. Every configured hash is compared, in constant time. */
    public Optional<ApiKey> identify(String presented) {
        byte[] digest = sha256(presented);
        ApiKey found = null;
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(key.sha256(), digest)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The value to configure for a key: {@code sha256:<hex>}. */
    public static String hash(String key) {
        return SHA256 + HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
