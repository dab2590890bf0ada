package io.raqib.alert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium as a person's browser, driven over the DevTools protocol: it opens a page in a window
 * of a given size, runs it in real time, and gives back the DOM, the value of an expression, or a screenshot.
 *
 * <p>Not {@code --dump-dom} with {@code --virtual-time-budget}: virtual time stands still while a fetch is pending,
 * and the dashboard's live stream (SSE) is a fetch that never ends, so Chromium would never print the page.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private String session;

    private HeadlessChromium(Process process, URI endpoint) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(endpoint, new Listener()).join();
    }

    /** Starts Chromium with a fresh profile; its log goes to {@code log}. Fails clearly when it is not installed. */
    static HeadlessChromium start(Path log) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "DashboardIT renders the page in Debian's headless Chromium, and "
                + BINARY + " is missing: apt-get install -y chromium (.ci/run installs it)");
        Path profile = Files.createTempDirectory("chromium-profile");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread logger = new Thread(() -> copyLog(process, log, endpoint), "chromium-log");
        logger.setDaemon(true);
        logger.start();
        try {
            return new HeadlessChromium(process, endpoint.get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not open its DevTools endpoint; its log: " + log, e);
        }
    }

    private static void copyLog(Process process, Path log, CompletableFuture<URI> endpoint) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.write(line + "\n");
                out.flush();
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    endpoint.complete(URI.create(m.group(1)));
                }
            }
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
        endpoint.completeExceptionally(new IOException("Chromium exited"));
    }

    /** Opens {@code page} in a new tab of {@code width}×{@code height} CSS pixels. */
    void open(URI page, int width, int height) {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId")
                .asText();
        call(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        call(session, "Page.navigate", Map.of("url", page.toString()));
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode evaluate(String expression) {
        JsonNode answer = call(session, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("the page threw on " + expression + ": " + answer.path("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** Waits until {@code condition} holds in the page. */
    void waitFor(String what, String condition, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the page did not show " + what + " within " + timeout + ":\n" + dom());
            }
            Thread.sleep(200);
        }
    }

    String dom() {
        return evaluate("document.documentElement.outerHTML").asText();
    }

    void screenshot(Path png) throws IOException {
        String data = call(session, "Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.write(png, Base64.getDecoder().decode(data));
    }

    private JsonNode call(String sessionId, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + " failed: " + reply.path("error"));
            }
            return reply.path("result");
        } catch (Exception e) {
            throw new AssertionError(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Replies complete their call; events (messages without an id) are not needed. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> call = pending.get(message.path("id").asInt(-1));
                    if (call != null) {
                        call.complete(message);
                    }
                } catch (IOException e) {
                    // not a reply of ours
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        // No reply to wait for: the browser is gone before it could send one.
        socket.sendText(JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Browser.close")
                .toString(), true);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
