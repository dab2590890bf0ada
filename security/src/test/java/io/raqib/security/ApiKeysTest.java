package io.raqib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeysTest {

    private static final String FEEDER_KEY = "rq_feeder-test-key";
    private static final String DESK_KEY = "rq_desk-test-key";

    private final ApiKeys keys = ApiKeys.parse(
            Map.of("feeder", ApiKeys.hash(FEEDER_KEY), "desk", ApiKeys.hash(DESK_KEY)),
            Map.of("feeder", "ingest:write", "desk", " alerts:read , alerts:ack "),
            Map.of("feeder", "50/s"), RateLimit.parse("20/s"));

    @Test
    void aPresentedKeyIsKnownByItsHashWithItsRolesAndRate() {
        var feeder = keys.identify(FEEDER_KEY).orElseThrow();
        assertEquals("feeder", feeder.name());
        assertEquals(Set.of("ingest:write"), feeder.roles());
        assertEquals(new RateLimit(50, Duration.ofSeconds(1)), feeder.rateLimit());

        var desk = keys.identify(DESK_KEY).orElseThrow();
        assertEquals(Set.of("alerts:read", "alerts:ack"), desk.roles());
        assertEquals(new RateLimit(20, Duration.ofSeconds(1)), desk.rateLimit(), "the default rate");
    }

    @Test
    void anUnknownKeyIsNobody() {
        assertTrue(keys.identify("rq_guess").isEmpty());
        assertTrue(keys.identify("").isEmpty());
        assertTrue(keys.identify(ApiKeys.hash(FEEDER_KEY)).isEmpty(), "the hash is not the key");
    }

    @Test
    void anAdminHoldsEveryRole() {
        var admin = new ApiKey("ops", new byte[32], Set.of(Roles.ADMIN), RateLimit.NONE);
        assertTrue(admin.has(Roles.ALERTS_ACK));
        assertFalse(new ApiKey("desk", new byte[32], Set.of(Roles.ALERTS_READ), RateLimit.NONE).has(Roles.ALERTS_ACK));
    }

    @Test
    void theHashIsSha256InHex() {
        // echo -n abc | sha256sum
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            md5:900150983cd24fb0d6963f7d28e17f72 | ingest:write | API key 'k': hash must be sha256:<64 hex digits>
            sha256:zz                            | ingest:write | API key 'k': hash must be sha256:<64 hex digits>
            sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015zz | ingest:write | API key 'k': hash must be sha256:<64 hex digits>
            sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad | ' '  | API key 'k' has no roles
            sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad | root | API key 'k': unknown role 'root'
            """)
    void aMisconfiguredKeyIsRefusedByName(String hash, String roles, String message) {
        var error = assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.parse(Map.of("k", hash), Map.of("k", roles), Map.of(), RateLimit.NONE));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    @Test
    void oneKeyUnderTwoNamesIsRefused() {
        String hash = ApiKeys.hash("shared");
        var error = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(
                new java.util.TreeMap<>(Map.of("desk", hash, "feeder", hash)),
                Map.of("desk", Roles.ALERTS_READ, "feeder", Roles.INGEST_WRITE), Map.of(), RateLimit.NONE));
        assertEquals("API keys 'desk' and 'feeder' have the same hash; give each caller its own key", error.getMessage());
    }

    @Test
    void generatedKeysAreLongAndDistinct() {
        String a = KeyGen.newKey();
        assertTrue(a.startsWith("rq_") && a.length() >= 40, a);
        assertFalse(a.equals(KeyGen.newKey()));
    }
}
