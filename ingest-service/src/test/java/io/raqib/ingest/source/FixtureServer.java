package io.raqib.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The open web, on this machine: a JDK HttpServer on 127.0.0.1 with a free port, answering each path with what a
 * test set for it, and recording every request (path and headers) it got.
 */
final class FixtureServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders())));
            HttpHandler handler = routes.get(path);
            try (exchange) {
                if (handler == null) {
                    send(exchange, 404, "text/plain", "no fixture at " + path);
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // The client went away (a cap or a timeout did its job).
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** http://127.0.0.1:port plus the path. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    FixtureServer serve(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /** How many requests a path got. */
    long hits(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- handlers ----

    static HttpHandler ok(String contentType, byte[] body) {
        return exchange -> send(exchange, 200, contentType, body);
    }

    static HttpHandler feed(String fixture) {
        return ok("application/rss+xml; charset=utf-8", fixture(fixture));
    }

    static HttpHandler page(String fixture) {
        return ok("text/html; charset=utf-8", fixture(fixture));
    }

    /** The fixture with an ETag; a request that names it gets a 304. */
    static HttpHandler withEtag(String fixture, String etag) {
        byte[] body = fixture(fixture);
        return exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            send(exchange, 200, "application/rss+xml; charset=utf-8", body);
        };
    }

    static HttpHandler status(int status, String... headers) {
        return exchange -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            send(exchange, status, "text/plain", "status " + status);
        };
    }

    static HttpHandler redirect(int status, String location) {
        return status(status, "Location", location);
    }

    /** Answers only after a delay longer than any test's request timeout. */
    static HttpHandler slow(long millis, HttpHandler then) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.handle(exchange);
        };
    }

    /**
     * {@code bytes} of a feed that never ends (an item repeated), chunked; with {@code declareLength} the
     * Content-Length says so up front.
     */
    static HttpHandler huge(long bytes, boolean declareLength) {
        byte[] item = ("<item><title>خبر</title><description>" + "نص ".repeat(300) + "</description></item>\n")
                .getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, declareLength ? bytes : 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<rss version=\"2.0\"><channel><title>x</title>\n".getBytes(StandardCharsets.UTF_8));
            for (long sent = 0; sent < bytes - item.length; sent += item.length) {
                out.write(item);
            }
        };
    }

    /** The body gzip-compressed, with Content-Encoding: gzip. */
    static HttpHandler gzipped(String contentType, byte[] body) {
        byte[] compressed = gzip(body);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, contentType, compressed);
        };
    }

    static HttpHandler encoded(String encoding, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            send(exchange, 200, contentType, body);
        };
    }

    /** A few dozen KB of gzip that inflate to {@code bytes} of zeros. */
    static byte[] gzipBomb(long bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.length) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] fixture(String path) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/source/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture source/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
