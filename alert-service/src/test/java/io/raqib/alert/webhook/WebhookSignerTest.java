package io.raqib.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final String SECRET = "whsec_5f2b0c6e1d7a4b9c";

    /** Computed outside Java: printf '%s' '1700000000.{"event":"OPEN"}' | openssl dgst -sha256 -hmac SECRET */
    @Test
    void signsTimestampDotBodyAsOpensslDoes() {
        assertEquals("sha256=3a28191c65f09c82394e9c08c57d9af31233ad58a25f7f40eed74ae17c51b9bc",
                new WebhookSigner(SECRET).signature(1_700_000_000L, bytes("{\"event\":\"OPEN\"}")));
    }

    /** The body's UTF-8 bytes as sent, as Python's hmac.new(secret, b"<ts>." + body, sha256) computes it. */
    @Test
    void signsArabicTextAsItsUtf8Bytes() {
        assertEquals("sha256=e5d214cc3796a317272508813dde94b7aa5079fb02403e9f9df826b187c91f8f",
                new WebhookSigner(SECRET).signature(1_700_000_000L, bytes("{\"place\":\"سجن غويران\"}")));
    }

    @Test
    void anotherTimestampOrSecretGivesAnotherSignature() {
        byte[] body = bytes("{\"event\":\"OPEN\"}");
        String signature = new WebhookSigner(SECRET).signature(1_700_000_000L, body);
        assertNotEquals(signature, new WebhookSigner(SECRET).signature(1_700_000_001L, body));
        assertNotEquals(signature, new WebhookSigner(SECRET + "x").signature(1_700_000_000L, body));
    }

    @Test
    void neverShowsTheSecret() {
        assertFalse(new WebhookSigner(SECRET).toString().contains(SECRET));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
