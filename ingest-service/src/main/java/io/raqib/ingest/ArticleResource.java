package io.raqib.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.ingest.dedup.Verdict;
import io.raqib.schemas.RawArticle;

/**
 * {@code POST /api/articles}: one article (a JSON object) or a batch (an array). A batch is validated whole before
 * anything is published, and the answer comes only after Kafka acknowledged every article.
 */
@Path("/api/articles")
public class ArticleResource {

    private final ArticleFactory factory;
    private final ArticlePublisher publisher;
    private final DedupGate dedup;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final int maxBatch;
    private final String defaultSource;

    @Inject
    public ArticleResource(ArticlePublisher publisher, DedupGate dedup, ObjectMapper json, MeterRegistry metrics,
            @ConfigProperty(name = "raqib.ingest.max-body-chars") int maxBodyChars,
            @ConfigProperty(name = "raqib.ingest.max-batch") int maxBatch,
            @ConfigProperty(name = "raqib.ingest.default-source") String defaultSource,
            @ConfigProperty(name = "raqib.ingest.zone") ZoneId zone) {
        this.factory = new ArticleFactory(Clock.systemUTC(), maxBodyChars, zone);
        this.publisher = publisher;
        this.dedup = dedup;
        this.json = json;
        this.metrics = metrics;
        this.maxBatch = maxBatch;
        this.defaultSource = defaultSource;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(byte[] request) {
        List<RawArticle> articles;
        try {
            articles = parse(request);
        } catch (InvalidArticleException e) {
            metrics.counter("raqib.ingest.requests.rejected", "field", e.field()).increment();
            throw e;
        }
        List<RawArticle> toPublish = new ArrayList<>(articles.size());
        List<Outcome> outcomes = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            Verdict verdict = dedup.observe(article);
            metrics.counter("raqib.ingest.articles.received", "verdict", verdict.kind().name()).increment();
            switch (verdict.kind()) {
                case NEW -> toPublish.add(article);
                // The same wire story from another outlet: published again under the first article's id with every
                // outlet that carried it, because the number of independent sources matters to the desk.
                case NEAR_DUPLICATE -> toPublish.add(RawArticle.newBuilder(article).setId(verdict.originalId())
                        .setSource(dedup.outletOf(verdict.originalId()).orElse(article.getSource()))
                        .setAlsoReportedBy(verdict.alsoReportedBy()).build());
                case EXACT_DUPLICATE -> { }
            }
            outcomes.add(new Outcome(article.getId(), verdict.kind().name().toLowerCase(java.util.Locale.ROOT),
                    verdict.isDuplicate() ? verdict.originalId() : null));
        }
        List<ArticlePublisher.Receipt> receipts = publisher.publish(toPublish);
        dedup.persist();
        metrics.counter("raqib.ingest.articles.published").increment(receipts.size());
        return Response.accepted(Map.of("count", outcomes.size(), "published", receipts.size(), "articles", outcomes,
                "receipts", receipts)).build();
    }

    /** What became of one submitted article: new, or a duplicate of an earlier one. */
    public record Outcome(String id, String verdict, String duplicateOf) {
    }

    private List<RawArticle> parse(byte[] request) {
        JsonNode root = readJson(strictUtf8(request));
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        if (items.isEmpty()) {
            throw new InvalidArticleException("", "the batch is empty");
        }
        if (items.size() > maxBatch) {
            throw new InvalidArticleException("", "a batch holds at most " + maxBatch + " articles; got " + items.size());
        }
        List<RawArticle> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = root.isArray() ? "[" + i + "]." : "";
            try {
                if (!items.get(i).isObject()) {
                    throw new InvalidArticleException("", "an article must be a JSON object");
                }
                articles.add(factory.create(json.treeToValue(items.get(i), ArticleSubmission.class), defaultSource));
            } catch (InvalidArticleException e) {
                throw new InvalidArticleException(where + e.field(), (where.isEmpty() ? "" : "article " + i + ": ")
                        + e.getMessage());
            } catch (JsonProcessingException e) {
                throw new InvalidArticleException(where, "article " + i + " has a field of the wrong type: "
                        + e.getOriginalMessage());
            }
        }
        return articles;
    }

    private static String strictUtf8(byte[] request) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(request))
                    .toString();
        } catch (MalformedInputException e) {
            throw new InvalidArticleException("", "the request body is not valid UTF-8");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("", "the request body is not valid UTF-8: " + e.getMessage());
        }
    }

    private JsonNode readJson(String text) {
        if (text.isBlank()) {
            throw new InvalidArticleException("", "the request body is empty");
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
