package io.raqib.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.raqib.ingest.feed.FeedException.Reason;

/** Every hostile or broken input fails closed, with a FeedException that says why and where. */
class FeedSafetyTest {

    private final FeedParser parser = new FeedParser();

    private FeedException refused(byte[] body) {
        return assertThrows(FeedException.class, () -> parser.parse(new ByteArrayInputStream(body), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.xml                  | MALFORMED   | 7  | 33 | must be terminated by the matching end-tag "</description>"
            undeclared-entity.xml          | MALFORMED   | 5  | 32 | The entity "nbsp" was referenced, but not declared
            billion-laughs.xml             | DTD_REFUSED | 13 | 4  | DTDs and entities are not read
            xxe-local-file.xml             | DTD_REFUSED | 4  | 4  | external entities (XXE)
            html-page-served-as-feed.html  | NOT_A_FEED  | -1 | -1 | the body is an HTML page
            xhtml-page-served-as-feed.xml  | NOT_A_FEED  | 2  | 54 | the body is an HTML page
            sitemap-not-a-feed.xml         | NOT_A_FEED  | 2  | 61 | the root element is <urlset>
            empty.xml                      | EMPTY       | -1 | -1 | feed is empty
            whitespace-only.xml            | EMPTY       | -1 | -1 | feed is empty
            """)
    void brokenFixturesAreRefusedWithAClearMessage(String fixture, Reason reason, int line, int column,
            String message) {
        FeedException e = refused(Fixtures.bytes("feeds/" + fixture));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        if (line > 0) {
            assertTrue(e.getMessage().endsWith("(line " + line + ", column " + column + ")"), e.getMessage());
        }
    }

    @Test
    void xxeDoesNotReadALocalFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a9");
        String xml = Fixtures.utf8("feeds/xxe-local-file.xml").replace("@SECRET_URI@", secret.toUri().toString());

        FeedException e = refused(xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(Reason.DTD_REFUSED, e.reason());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-external-dtd.xml", "xxe-parameter-entity.xml"})
    void xxeMakesNoRequest(String fixture) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String xml = Fixtures.utf8("feeds/" + fixture).replace("@PORT@", String.valueOf(server.getLocalPort()));

            FeedException e = refused(xml.getBytes(StandardCharsets.UTF_8));

            assertEquals(Reason.DTD_REFUSED, e.reason());
            // A connection the parser had started would have been accepted by now; give it a moment all the same.
            sleep(200);
            assertEquals(0, connections.get(), "the parser connected to the URL in the DTD");
        }
    }

    @Test
    void theListenerInXxeMakesNoRequestWouldSeeARequest() throws IOException {
        // Guards the test above: a connection to the listener is counted.
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertTrue(accepted.isConnected() && client.isConnected());
        }
    }

    @Test
    void billionLaughsIsRefusedFastAndCheaply() {
        byte[] bomb = Fixtures.bytes("feeds/billion-laughs.xml");
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(bomb));
        assertEquals(Reason.DTD_REFUSED, e.reason());
    }

    @Test
    void aStreamOverTheCapIsRefusedWithoutReadingItAll() {
        FeedParser small = new FeedParser(64 * 1024);
        CountingEndlessStream endless = new CountingEndlessStream();

        FeedException e = assertThrows(FeedException.class, () -> small.parse(endless, null, null));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("feed is larger than the limit of 65536 bytes; refused without reading the rest", e.getMessage());
        assertEquals(64 * 1024 + 1, endless.read, "bytes read");
    }

    @Test
    void theDefaultCapIsTenMegabytes() {
        assertEquals(10L * 1024 * 1024, new FeedParser().maxBytes());
        CountingEndlessStream endless = new CountingEndlessStream();
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(endless, null, null));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(10L * 1024 * 1024 + 1, endless.read);
    }

    @Test
    void aFeedExactlyAtTheCapIsRead() throws FeedException {
        byte[] feed = Fixtures.bytes("feeds/rss2-summaries.xml");
        FeedParser exact = new FeedParser(feed.length);
        assertEquals(3, exact.parse(new ByteArrayInputStream(feed), null, null).items().size());
        FeedParser oneShort = new FeedParser(feed.length - 1);
        assertEquals(Reason.TOO_LARGE, assertThrows(FeedException.class,
                () -> oneShort.parse(feed, null, null)).reason());
    }

    @Test
    void aFailingStreamIsAFeedExceptionToo() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(broken, null));
        assertEquals(Reason.READ_FAILED, e.reason());
        assertEquals("reading the feed failed: connection reset", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON feed               | {"version": "https://jsonfeed.org/version/1.1", "items": []}
            lowercase doctype html  | <!doctype html><html><body><p>x</p></body></html>
            html after a comment    | <!-- cache: hit --><html><head><title>x</title></head></html>
            text                    | 502 Bad Gateway
            nested too deep         | DEEP
            """)
    void otherNonFeedsAreRefused(String name, String body) {
        String text = body.equals("DEEP")
                ? "<rss>" + "<a>".repeat(FeedParser.MAX_DEPTH + 5) + "</a>".repeat(FeedParser.MAX_DEPTH + 5) + "</rss>"
                : body;
        FeedException e = refused(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.reason() == Reason.NOT_A_FEED || e.reason() == Reason.MALFORMED, e.reason() + " " + e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An endless feed-looking body that counts what was read from it. */
    private static final class CountingEndlessStream extends InputStream {
        private static final byte[] START = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                .getBytes(StandardCharsets.US_ASCII);
        long read;

        @Override
        public int read() {
            byte b = read < START.length ? START[(int) read] : (byte) 'x';
            read++;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
