package io.raqib.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-key rate limits on the APIs ({@code /api/…}), answered with 429 and Retry-After. Runs before authentication,
 * so a flood of bad keys is limited per client address like anonymous requests.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Before Quarkus' authentication and the REST layer. */
    private static final int PRIORITY = 1000;

    @Inject
    ApiKeyAuthentication authentication;

    @Inject
    MeterRegistry metrics;

    private final RateLimiter limiter = new RateLimiter(System::nanoTime);

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext context) {
        if (!authentication.enabled() || !context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        var key = authentication.keyOf(context);
        String caller = key.map(k -> "key:" + k.name())
                .orElseGet(() -> "address:" + context.request().remoteAddress().hostAddress());
        long wait = limiter.acquire(caller, key.map(ApiKey::rateLimit).orElse(authentication.defaultRate()));
        if (wait == 0) {
            context.next();
            return;
        }
        metrics.counter("raqib.http.rate.limited", "caller", key.map(ApiKey::name).orElse("anonymous")).increment();
        context.response().setStatusCode(429).putHeader("Retry-After", Long.toString(Math.max(1, wait)))
                .putHeader("Content-Type", "application/json")
                .end("{\"error\": \"too many requests; retry after " + Math.max(1, wait) + " s\"}");
    }
}
