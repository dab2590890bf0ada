package io.raqib.security;

import java.util.Set;

/**
 * A machine client's key as configured: its name (the principal), the SHA-256 of the key, its roles and its rate.
 * Keys are random 256-bit tokens, so a plain SHA-256 stores them safely (no dictionary to attack); a slow password
 * hash would only cost time on every request.
 */
public record ApiKey(String name, byte[] sha256, Set<String> roles, RateLimit rateLimit) {

    public ApiKey {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role) || roles.contains(Roles.ADMIN);
    }
}
