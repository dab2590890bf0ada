package io.raqib.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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
import io.raqib.schemas.RawArticle;
import io.raqib.security.Roles;

/**
 * {@code POST /api/articles}: one article (a JSON object) or a batch (an array). A batch is validated whole before
 * anything is published, and the answer comes only after Kafka acknowledged every article.
 */
@Path("/api/articles")
@RolesAllowed(Roles.INGEST_WRITE)
public class ArticleResource {

    private final ArticleFactory factory;
    private final ArticleIntake intake;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final int maxBatch;
    private final String defaultSource;

    @Inject
    public ArticleResource(ArticleIntake intake, ArticleFactory factory, ObjectMapper json, MeterRegistry metrics,
            @ConfigProperty(name = "raqib.ingest.max-batch") int maxBatch,
            @ConfigProperty(name = "raqib.ingest.default-source") String defaultSource) {
        this.factory = factory;
        this.intake = intake;
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
        ArticleIntake.Admission admission = intake.admit(articles, "api");
        return Response.accepted(Map.of("count", admission.outcomes().size(), "published", admission.receipts().size(),
                "articles", admission.outcomes(), "receipts", admission.receipts())).build();
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
