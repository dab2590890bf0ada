package io.raqib.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code KeyGen NAME ROLES}: a new random key for a machine client, and the lines that configure it. The key is shown
 * once; only its hash goes into configuration.
 */
public final class KeyGen {

    private KeyGen() {
    }

    public static String newKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return "rq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: KeyGen NAME ROLES   e.g. KeyGen feeder ingest:write   (roles: " + Roles.ALL + ")");
            System.exit(2);
        }
        String key = newKey();
        System.out.println("key (give it to the client, it is not stored): " + key);
        System.out.println("raqib.security.api-keys." + args[0] + ".hash=" + ApiKeys.hash(key));
        System.out.println("raqib.security.api-keys." + args[0] + ".roles=" + args[1]);
    }
}
