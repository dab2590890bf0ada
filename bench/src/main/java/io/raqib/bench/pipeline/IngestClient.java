package io.raqib.bench.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.raqib.bench.GeneratedArticle;

/** {@code POST /api/articles} as a client of the desk does it: a batch of articles as JSON, a 202 once Kafka has them. */
final class IngestClient implements AutoCloseable {

    /** What ingest made of one article: its id, new or a duplicate, and of which article. */
    record Outcome(String id, String verdict, String duplicateOf) {
        /** The id the article travels under: a near-duplicate is republished under its original's id. */
        String publishedId() {
            return "near_duplicate".equals(verdict) && duplicateOf != null ? duplicateOf : id;
        }

        boolean published() {
            return !"exact_duplicate".equals(verdict);
        }
    }

    /** The answer to one POST: status, and with a 202 the outcome of each article in order. */
    record Answer(int status, List<Outcome> outcomes, String error) {
        boolean accepted() {
            return status == 202;
        }
    }

    private record Submission(String title, String body, String url, String source, String publishedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "ingest-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;

    /** @param apiKey sent as a bearer token when not null (docs/security.md: the role ingest:write) */
    IngestClient(String baseUrl, String apiKey) {
        this.endpoint = URI.create(baseUrl.replaceAll("/$", "") + "/api/articles");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The JSON body of a batch; published "now", so that the alert service counts the articles in today's window. */
    static byte[] body(List<GeneratedArticle> batch) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Submission> submissions = new ArrayList<>(batch.size());
        for (GeneratedArticle article : batch) {
            submissions.add(new Submission(article.title(), article.body(), article.url(), article.source(), now));
        }
        try {
            return JSON.writeValueAsBytes(submissions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a batch as JSON", e);
        }
    }

    CompletableFuture<Answer> post(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> answer(response.statusCode(), response.body()))
                .exceptionally(failure -> new Answer(-1, List.of(), failure.getClass().getSimpleName() + ": "
                        + failure.getMessage()));
    }

    private static Answer answer(int status, byte[] body) {
        if (status != 202) {
            return new Answer(status, List.of(), new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (JsonNode article : JSON.readTree(body).path("articles")) {
                outcomes.add(new Outcome(article.path("id").asText(), article.path("verdict").asText("new"),
                        article.path("duplicateOf").isTextual() ? article.path("duplicateOf").asText() : null));
            }
            return new Answer(status, outcomes, null);
        } catch (IOException e) {
            return new Answer(status, List.of(), "unreadable answer: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
