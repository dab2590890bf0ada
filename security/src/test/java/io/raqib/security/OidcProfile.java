package io.raqib.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link SecuredProfile}'s keys plus OIDC bearer tokens, verified with the public key of an identity provider that
 * this class plays: it signs RS256 tokens itself, so no provider has to run.
 */
public class OidcProfile extends SecuredProfile {

    public static final String ISSUER = "https://idp.example/realms/raqib";
    private static final KeyPair PROVIDER = providerKeys();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(PROVIDER.getPublic().getEncoded()));
        config.put("quarkus.oidc.token.issuer", ISSUER);
        return config;
    }

    /** A token the provider issued to {@code user}, with {@code groups} as Raqib roles. */
    public static String token(String user, List<String> groups, Duration validFor) {
        return token(user, groups, validFor, PROVIDER);
    }

    /** The same token signed by someone else's key. */
    public static String forgedToken(String user, List<String> groups) {
        return token(user, groups, Duration.ofMinutes(5), newKeyPair());
    }

    private static String token(String user, List<String> groups, Duration validFor, KeyPair signer) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user + "\",\"preferred_username\":\"" + user
                + "\",\"iat\":" + (now - 60) + ",\"exp\":" + (now + validFor.toSeconds()) + ",\"groups\":["
                + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "]}";
        String signed = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signer.getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One key pair per test JVM, kept in a system property: Quarkus loads this class twice (for the profile and for
     * the test), and two key pairs would make every good token look forged.
     */
    private static synchronized KeyPair providerKeys() {
        String kept = System.getProperty("raqib.test.oidc-provider-keys");
        try {
            if (kept != null) {
                String[] parts = kept.split(":");
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[0]))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[1]))));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        KeyPair keys = newKeyPair();
        System.setProperty("raqib.test.oidc-provider-keys", Base64.getEncoder().encodeToString(keys.getPublic()
                .getEncoded()) + ":" + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        return keys;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
