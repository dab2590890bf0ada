package io.raqib.ingest.source;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard: a feed URL (or a redirect, or an article link in a feed) must not make the service fetch from
 * inside its own network: the cluster, the node, the cloud's metadata endpoint. Every hop of every fetch is checked
 * before it is made: only http and https, and every address the host name resolves to must be public. A name, not
 * just an address literal: {@code feeds.evil.example} may well resolve to 10.0.0.5.
 *
 * <p>The check resolves the name itself; the HTTP client resolves it again to connect, within the JVM's DNS cache
 * ({@code networkaddress.cache.ttl}, 30 s by default), so both normally see the same answer. A resolver that
 * changes its answer in between (DNS rebinding) is not excluded by this check alone: in Kubernetes the egress
 * NetworkPolicy is the second wall.
 *
 * <p>{@code raqib.ingest.fetch.allow-private=true} turns the address check off (tests, a fixture server on this
 * machine); the scheme check stays.
 */
public final class AddressGuard {

    /** Looks a host name up: the JDK's resolver in service, a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * @throws FetchException {@link FetchOutcome#REFUSED_ADDRESS} for a scheme other than http(s) or a non-public
     *                        address, {@link FetchOutcome#CONNECTION_FAILED} when the name does not resolve
     */
    public void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchOutcome.REFUSED_ADDRESS,
                    "refused " + url + ": only http and https are fetched");
        }
        String host = url.getHost();
        if (host == null) {
            throw new FetchException(FetchOutcome.REFUSED_ADDRESS, "refused " + url + ": no host name");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchOutcome.CONNECTION_FAILED, "unknown host " + host, null, e);
        }
        // Every address, not the first: the client may connect to any of them.
        for (InetAddress address : addresses) {
            Optional<String> why = nonPublic(address);
            if (why.isPresent()) {
                String what = isLiteral(host) ? host + " is a " : host + " resolves to " + address.getHostAddress()
                        + ", a ";
                throw new FetchException(FetchOutcome.REFUSED_ADDRESS, "refused " + url + ": " + what + why.get()
                        + " address (raqib.ingest.fetch.allow-private=false)");
            }
        }
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    /** Why an address is not on the public internet, or empty when it is. */
    static Optional<String> nonPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return nonPublic4(address.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified (::)");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback (::1)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("site-local (fec0::/10)");
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return Optional.of("unique local (fc00::/7)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast (ff00::/8)");
        }
        // IPv6 forms that carry an IPv4 address, which is what is reached: judged by that address.
        if (isZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF))) {
            return embedded(b, 12, "IPv4-compatible or -mapped");
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && isZero(b, 4, 12)) {
            return embedded(b, 12, "NAT64 (64:ff9b::/96)");
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2, "6to4 (2002::/16)");
        }
        return Optional.empty();
    }

    private static Optional<String> nonPublic4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private (RFC 1918)");
        }
        if (a0 == 127) {
            return Optional.of("loopback (127.0.0.0/8)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local (169.254.0.0/16, where cloud metadata lives)");
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return Optional.of("carrier-grade NAT (100.64.0.0/10)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol (192.0.0.0/24)");
        }
        if (a0 == 198 && (a1 & 0xFE) == 18) {
            return Optional.of("benchmarking (198.18.0.0/15)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast (224.0.0.0/4)");
        }
        if (a0 >= 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int from, String form) {
        return nonPublic4(Arrays.copyOfRange(b, from, from + 4)).map(why -> why + " in " + form);
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
