package io.raqib.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on this machine: caps, encodings, redirects, conditional GET, timeouts. */
class FetcherTest {

    private static final long MB = 1024 * 1024;
    private static final FetchSettings SETTINGS = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(1),
            10 * MB, 10 * MB, 5, "Raqib-test");
    private static final byte[] FEED = FixtureServer.fixture("feeds/north-v1.xml");

    private static final FixtureServer server = new FixtureServer();
    private final Fetcher fetcher = fetcher(new AddressGuard(true));

    private static Fetcher fetcher(AddressGuard guard) {
        return new Fetcher(SETTINGS, guard, new HostRateLimit(Duration.ZERO), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private FetchResponse get(String path) throws Exception {
        return fetcher.get(URI.create(server.url(path)), Fetcher.Purpose.FEED, Validators.NONE);
    }

    private FetchException refused(String path) {
        return assertThrows(FetchException.class, () -> get(path));
    }

    @Test
    void readsAFeedAndIntroducesItself() throws Exception {
        server.serve("/plain", FixtureServer.feed("feeds/north-v1.xml"));
        FetchResponse response = get("/plain");
        assertEquals(200, response.status());
        assertArrayEquals(FEED, response.body());
        assertEquals("application/rss+xml; charset=utf-8", response.contentType());
        FixtureServer.Request request = server.requests("/plain").get(0);
        assertEquals("Raqib-test", request.header("User-Agent"));
        assertEquals("gzip, deflate", request.header("Accept-Encoding"));
        assertTrue(request.header("Accept").startsWith("application/rss+xml"));
    }

    @Test
    void decompressesGzipAndBothKindsOfDeflate() throws Exception {
        server.serve("/gzip", FixtureServer.gzipped("application/rss+xml", FEED));
        server.serve("/zlib", FixtureServer.encoded("deflate", "application/rss+xml", deflate(FEED, false)));
        server.serve("/raw-deflate", FixtureServer.encoded("deflate", "application/rss+xml", deflate(FEED, true)));
        assertArrayEquals(FEED, get("/gzip").body());
        assertArrayEquals(FEED, get("/zlib").body());
        assertArrayEquals(FEED, get("/raw-deflate").body());
    }

    @Test
    void refusesEncodingsItDidNotAskForAndCorruptStreams() {
        server.serve("/brotli", FixtureServer.encoded("br", "application/rss+xml", FEED));
        server.serve("/corrupt", FixtureServer.encoded("gzip", "application/rss+xml", FEED));
        assertEquals(FetchOutcome.BAD_ENCODING, refused("/brotli").outcome());
        FetchException corrupt = refused("/corrupt");
        assertEquals(FetchOutcome.BAD_ENCODING, corrupt.outcome());
        assertTrue(corrupt.getMessage().contains("corrupt"), corrupt.getMessage());
    }

    @Test
    void aGzipBombIsRefusedAtTheDecompressedCap() {
        byte[] bomb = FixtureServer.gzipBomb(50 * MB);
        assertTrue(bomb.length < MB, "the bomb is small: " + bomb.length);
        server.serve("/bomb", FixtureServer.encoded("gzip", "application/rss+xml", bomb));
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused("/bomb"));
        assertEquals(FetchOutcome.TOO_LARGE, e.outcome());
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void aBodyOverTheCapIsRefusedWithoutReadingItAll() {
        server.serve("/declared", FixtureServer.huge(50 * MB, true));
        server.serve("/chunked", FixtureServer.huge(50 * MB, false));
        FetchException declared = refused("/declared");
        assertEquals(FetchOutcome.TOO_LARGE, declared.outcome());
        assertTrue(declared.getMessage().contains("Content-Length 52428800"), declared.getMessage());
        FetchException chunked = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused("/chunked"));
        assertEquals(FetchOutcome.TOO_LARGE, chunked.outcome());
        assertTrue(chunked.getMessage().contains("larger than 10485760 bytes"), chunked.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        server.serve("/slow", FixtureServer.slow(3000, FixtureServer.feed("feeds/north-v1.xml")));
        long start = System.nanoTime();
        FetchException e = refused("/slow");
        assertEquals(FetchOutcome.TIMEOUT, e.outcome());
        assertTrue(System.nanoTime() - start < Duration.ofMillis(2500).toNanos(), "gave up at the timeout");
    }

    @Test
    void aClosedPortIsAConnectionFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher.get(
                URI.create("http://127.0.0.1:" + port + "/rss"), Fetcher.Purpose.FEED, Validators.NONE));
        assertEquals(FetchOutcome.CONNECTION_FAILED, e.outcome());
    }

    @Test
    void conditionalGetReturnsNotModified() throws Exception {
        server.serve("/etag", FixtureServer.withEtag("feeds/north-v1.xml", "\"v1\""));
        FetchResponse first = get("/etag");
        assertEquals("\"v1\"", first.validators().etag());
        FetchResponse second = fetcher.get(URI.create(server.url("/etag")), Fetcher.Purpose.FEED, first.validators());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals("\"v1\"", server.requests("/etag").get(1).header("If-None-Match"));

        server.serve("/modified", exchange -> {
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 03 Jun 2024 09:15:00 GMT");
            FixtureServer.send(exchange, 200, "application/rss+xml", FEED);
        });
        Validators validators = get("/modified").validators();
        assertNull(validators.etag());
        fetcher.get(URI.create(server.url("/modified")), Fetcher.Purpose.FEED, validators);
        assertEquals("Mon, 03 Jun 2024 09:15:00 GMT", server.requests("/modified").get(1).header("If-Modified-Since"));
    }

    @Test
    void errorStatusesCarryRetryAfter() {
        server.serve("/busy", FixtureServer.status(429, "Retry-After", "120"));
        server.serve("/broken", FixtureServer.status(500));
        FetchException busy = refused("/busy");
        assertEquals(FetchOutcome.HTTP_ERROR, busy.outcome());
        assertEquals(Duration.ofSeconds(120), busy.retryAfter());
        FetchException broken = refused("/broken");
        assertTrue(broken.getMessage().startsWith("HTTP 500 from"), broken.getMessage());
        assertNull(broken.retryAfter());
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        server.serve("/moved", FixtureServer.redirect(301, "/hop/1"));
        server.serve("/hop/1", FixtureServer.redirect(302, "2"));
        server.serve("/hop/2", FixtureServer.redirect(307, server.url("/final")));
        server.serve("/final", FixtureServer.feed("feeds/north-v1.xml"));
        FetchResponse response = get("/moved");
        assertEquals(URI.create(server.url("/final")), response.url());
        assertArrayEquals(FEED, response.body());

        for (int i = 0; i < 7; i++) {
            server.serve("/loop/" + i, FixtureServer.redirect(302, "/loop/" + (i + 1)));
        }
        FetchException e = refused("/loop/0");
        assertEquals(FetchOutcome.BAD_REDIRECT, e.outcome());
        assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
        assertEquals(0, server.hits("/loop/6"), "the sixth redirect is not followed");
    }

    @Test
    void aRedirectLeavingHttpIsRefused() {
        server.serve("/to-file", FixtureServer.redirect(302, "file:///etc/passwd"));
        FetchException e = refused("/to-file");
        assertEquals(FetchOutcome.REFUSED_ADDRESS, e.outcome());
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void everyRedirectHopIsCheckedByTheAddressGuard() throws Exception {
        // The feed's host looks public to the guard; where it redirects to does not.
        Fetcher guarded = fetcher(new AddressGuard(false, host -> host.equals("localhost")
                ? new InetAddress[] {InetAddress.getByName("203.0.113.10")} : InetAddress.getAllByName(host)));
        String feed = "http://localhost:" + server.port();
        server.serve("/public-feed", FixtureServer.feed("feeds/north-v1.xml"));
        server.serve("/to-loopback", FixtureServer.redirect(302, server.url("/internal/admin")));
        server.serve("/to-metadata", FixtureServer.redirect(301, "http://169.254.169.254/latest/meta-data/"));
        server.serve("/internal/admin", FixtureServer.feed("feeds/north-v1.xml"));

        assertArrayEquals(FEED, guarded.get(URI.create(feed + "/public-feed"), Fetcher.Purpose.FEED, Validators.NONE)
                .body());
        FetchException loopback = assertThrows(FetchException.class,
                () -> guarded.get(URI.create(feed + "/to-loopback"), Fetcher.Purpose.FEED, Validators.NONE));
        assertEquals(FetchOutcome.REFUSED_ADDRESS, loopback.outcome());
        assertTrue(loopback.getMessage().contains("then refused " + server.url("/internal/admin")
                + ": 127.0.0.1 is a loopback"), loopback.getMessage());
        assertEquals(0, server.hits("/internal/admin"), "the internal address was never asked");
        FetchException metadata = assertThrows(FetchException.class,
                () -> guarded.get(URI.create(feed + "/to-metadata"), Fetcher.Purpose.FEED, Validators.NONE));
        assertTrue(metadata.getMessage().contains("169.254.169.254 is a link-local"), metadata.getMessage());
    }

    private static byte[] deflate(byte[] body, boolean raw) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(buffer, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(body);
        }
        return buffer.toByteArray();
    }
}
