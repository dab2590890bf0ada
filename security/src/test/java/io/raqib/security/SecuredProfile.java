package io.raqib.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For a service's {@code SecurityIT}: security on, with one key per role (and a slow one to meet the rate limit).
 * Shared as this module's test jar, so the three services test the same callers.
 */
public class SecuredProfile implements QuarkusTestProfile {

    public static final String FEEDER = "rq_test-feeder-key";
    public static final String DESK = "rq_test-desk-key";
    public static final String ANALYST = "rq_test-analyst-key";
    public static final String OPS = "rq_test-ops-key";
    /** ingest:write, at most 2 requests a minute. */
    public static final String SLOW = "rq_test-slow-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("raqib.security.enabled", "true"),
                Map.entry("raqib.security.api-keys.feeder.hash", ApiKeys.hash(FEEDER)),
                Map.entry("raqib.security.api-keys.feeder.roles", Roles.INGEST_WRITE),
                Map.entry("raqib.security.api-keys.desk.hash", ApiKeys.hash(DESK)),
                Map.entry("raqib.security.api-keys.desk.roles", Roles.ALERTS_READ),
                Map.entry("raqib.security.api-keys.analyst.hash", ApiKeys.hash(ANALYST)),
                Map.entry("raqib.security.api-keys.analyst.roles", Roles.ALERTS_READ + "," + Roles.ALERTS_ACK),
                Map.entry("raqib.security.api-keys.ops.hash", ApiKeys.hash(OPS)),
                Map.entry("raqib.security.api-keys.ops.roles", Roles.ADMIN),
                Map.entry("raqib.security.api-keys.slow.hash", ApiKeys.hash(SLOW)),
                Map.entry("raqib.security.api-keys.slow.roles", Roles.INGEST_WRITE),
                Map.entry("raqib.security.api-keys.slow.rate-limit", "2/m"));
    }
}
