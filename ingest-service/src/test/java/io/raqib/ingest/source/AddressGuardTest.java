package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8.8.8.8                  | public
            185.70.40.1              | public
            203.0.113.10             | public
            1.1.1.1                  | public
            127.0.0.1                | loopback
            127.255.255.254          | loopback
            10.0.0.5                 | private
            172.16.0.1               | private
            172.31.255.255           | private
            172.32.0.1               | public
            192.168.1.1              | private
            169.254.169.254          | link-local
            169.254.0.1              | link-local
            100.64.0.1               | carrier-grade NAT
            100.127.255.255          | carrier-grade NAT
            100.128.0.1              | public
            0.0.0.0                  | unspecified
            224.0.0.251              | multicast
            239.255.255.250          | multicast
            255.255.255.255          | reserved or broadcast
            192.0.0.192              | IETF protocol
            198.18.0.1               | benchmarking
            ::1                      | loopback
            ::                       | unspecified
            fe80::1                  | link-local
            fec0::1                  | site-local
            fc00::1                  | unique local
            fd00:ec2::254            | unique local
            ff02::1                  | multicast
            ::ffff:127.0.0.1         | loopback
            ::ffff:169.254.169.254   | link-local
            ::10.0.0.1               | private (RFC 1918) in IPv4-compatible
            64:ff9b::a00:1           | private (RFC 1918) in NAT64
            2002:7f00:1::            | loopback (127.0.0.0/8) in 6to4
            2002:808:808::           | public
            2001:4860:4860::8888     | public
            2a00:1450:4001:80b::200e | public
            """)
    void classifiesAddresses(String literal, String expected) throws UnknownHostException {
        String why = AddressGuard.nonPublic(InetAddress.getByName(literal)).orElse("public");
        assertTrue(why.startsWith(expected), literal + ": " + why);
    }

    private static AddressGuard guard(Map<String, String> dns) {
        return new AddressGuard(false, host -> {
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            String[] all = address.split(",");
            InetAddress[] resolved = new InetAddress[all.length];
            for (int i = 0; i < all.length; i++) {
                resolved[i] = InetAddress.getByName(all[i]);
            }
            return resolved;
        });
    }

    @Test
    void aNameIsJudgedByTheAddressesItResolvesTo() {
        AddressGuard guard = guard(Map.of("news.example", "203.0.113.10", "intranet.example", "10.1.2.3",
                "split.example", "203.0.113.11,127.0.0.1", "metadata.example", "169.254.169.254"));
        assertDoesNotThrow(() -> guard.check(URI.create("https://news.example/rss")));
        FetchException e = assertThrows(FetchException.class,
                () -> guard.check(URI.create("https://intranet.example/rss")));
        assertEquals(FetchOutcome.REFUSED_ADDRESS, e.outcome());
        assertTrue(e.getMessage().contains("intranet.example resolves to 10.1.2.3, a private (RFC 1918) address"),
                e.getMessage());
        // One bad address among good ones is enough: the client may connect to any of them.
        assertEquals(FetchOutcome.REFUSED_ADDRESS, assertThrows(FetchException.class,
                () -> guard.check(URI.create("http://split.example/"))).outcome());
        assertTrue(assertThrows(FetchException.class, () -> guard.check(URI.create("http://metadata.example/")))
                .getMessage().contains("cloud metadata"));
    }

    @Test
    void addressLiteralsAreCheckedToo() {
        AddressGuard guard = new AddressGuard(false);
        for (String url : new String[] {"http://127.0.0.1:8081/q/metrics", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0:9092/", "http://[::ffff:10.0.0.1]/"}) {
            assertEquals(FetchOutcome.REFUSED_ADDRESS, assertThrows(FetchException.class,
                    () -> guard.check(URI.create(url))).outcome(), url);
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetchedEvenWhenPrivateAddressesAreAllowed() {
        AddressGuard lenient = new AddressGuard(true);
        assertDoesNotThrow(() -> lenient.check(URI.create("http://127.0.0.1:1234/feed")));
        for (String url : new String[] {"file:///etc/passwd", "ftp://news.example/feed", "gopher://127.0.0.1:25/"}) {
            FetchException e = assertThrows(FetchException.class, () -> lenient.check(URI.create(url)));
            assertEquals(FetchOutcome.REFUSED_ADDRESS, e.outcome(), url);
            assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
        }
    }

    @Test
    void anUnknownHostIsAConnectionFailureNotARefusal() {
        FetchException e = assertThrows(FetchException.class,
                () -> guard(Map.of()).check(URI.create("https://nowhere.example/rss")));
        assertEquals(FetchOutcome.CONNECTION_FAILED, e.outcome());
    }
}
