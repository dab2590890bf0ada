package io.raqib.security;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * API keys on every HTTP API: {@code Authorization: Bearer <key>}, {@code X-API-Key: <key>}, or the
 * {@value #COOKIE} cookie (for the dashboard, whose EventSource cannot send headers; the page sets it SameSite=Strict,
 * so other sites' pages cannot make a browser send it). A known key becomes a
 * caller named after the key with its roles; an unknown key is refused (401); no key leaves the caller anonymous,
 * which only the health and metrics endpoints accept. The roles are checked by {@code @RolesAllowed} on the resources.
 * A bearer JWT is not a key: it is left to OIDC ({@code quarkus-oidc}, when an identity provider is configured).
 */
@Startup // a wrong key in the configuration fails the start (and the rollout), not every request after it
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthentication.class);
    static final String HEADER = "X-API-Key";
    static final String COOKIE = "raqib-api-key";
    private static final String BEARER = "Bearer ";

    private final boolean enabled;
    private final ApiKeys keys;
    private final RateLimit defaultRate;

    @Inject
    public ApiKeyAuthentication(SecurityConfig config) {
        this.enabled = config.enabled();
        this.defaultRate = RateLimit.parse(config.defaultRateLimit());
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        Map<String, String> rates = new HashMap<>();
        config.apiKeys().forEach((name, key) -> {
            hashes.put(name, key.hash());
            roles.put(name, key.roles());
            key.rateLimit().ifPresent(rate -> rates.put(name, rate));
        });
        this.keys = ApiKeys.parse(hashes, roles, rates, defaultRate);
        if (!enabled) {
            LOG.warn("raqib.security.enabled=false: the HTTP APIs accept every request with every role; "
                    + "for a developer's machine only");
        } else if (keys.isEmpty()) {
            LOG.warn("no API key is configured (raqib.security.api-keys.*): only health and metrics answer; "
                    + "create one with KeyGen (see docs/security.md)");
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!enabled) {
            return Uni.createFrom().item(identity("local", Roles.ALL));
        }
        Optional<String> presented = presented(context);
        if (presented.isEmpty() || looksLikeJwt(presented.get())) {
            return Uni.createFrom().optional(Optional.empty()); // anonymous, or a token for OIDC to verify
        }
        return keys.identify(presented.get())
                .map(key -> Uni.createFrom().item(identity(key.name(), key.roles())))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("unknown API key")));
    }

    /**
     * Runs before OIDC's bearer mechanism: an API key must never be sent on to an identity provider to verify (nor
     * be refused by one), while a JWT is left to OIDC.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    /** Header.payload.signature, each base64url, the header a JSON object ({@code eyJ}): never one of our keys. */
    static boolean looksLikeJwt(String token) {
        return token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The key a request carries, if any. */
    static Optional<String> presented(RoutingContext context) {
        String header = context.request().getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        var cookie = context.request().getCookie(COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return Optional.of(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** The configured key a request carries, for the rate limiter (which runs before authentication). */
    Optional<ApiKey> keyOf(RoutingContext context) {
        return presented(context).flatMap(keys::identify);
    }

    boolean enabled() {
        return enabled;
    }

    RateLimit defaultRate() {
        return defaultRate;
    }

    private static SecurityIdentity identity(String name, Set<String> roles) {
        Principal principal = new QuarkusPrincipal(name);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(principal);
        // An admin holds every role, so @RolesAllowed lists only the role a task needs.
        (roles.contains(Roles.ADMIN) ? Roles.ALL : roles).forEach(identity::addRole);
        return identity.build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"raqib\""));
    }
}
