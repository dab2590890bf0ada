package io.raqib.alert.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A receiving system for the tests, on a free local port: each path answers as its {@link Script} says and keeps
 * every request it got.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as it arrived, and what it was answered. */
    record Call(String path, int n, Headers headers, String body, int answered) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Decides the answer to the n-th request (1, 2, …) of a path, and may take its time. */
    interface Script {
        int answer(int n) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads); // a sleeping answer must not hold up the others
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void script(String path, Script script) {
        scripts.put(path, script);
    }

    /** The calls answered so far, in the order they arrived. */
    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).sorted(Comparator.comparingInt(Call::n)).toList();
    }

    /** Waits until a call to {@code path} matches; fails after {@code timeout}. */
    Call await(String path, Predicate<Call> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call c : calls(path)) {
                if (wanted.test(c)) {
                    return c;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching call to " + path + " within " + timeout + "; got " + calls(path));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = arrivals.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        int status;
        try {
            status = scripts.getOrDefault(path, any -> 200).answer(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 500;
        }
        calls.add(new Call(path, n, exchange.getRequestHeaders(), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
