package io.raqib.ingest;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.security.Roles;

/**
 * {@code POST /api/articles}: one article (a JSON object) or a batch (an array). A batch is validated whole before
 * anything is published, and the answer comes only after Kafka acknowledged every article.
 */
@Path("/api/articles")
@RolesAllowed(Roles.INGEST_WRITE)
public class ArticleResource {

    private final ArticleBatchReader reader;
    private final ArticleIntake intake;
    private final MeterRegistry metrics;

    @Inject
    public ArticleResource(ArticleIntake intake, ArticleFactory factory, ObjectMapper json, MeterRegistry metrics,
            @ConfigProperty(name = "raqib.ingest.max-batch") int maxBatch,
            @ConfigProperty(name = "raqib.ingest.default-source") String defaultSource) {
        this.reader = new ArticleBatchReader(factory, json, maxBatch, defaultSource);
        this.intake = intake;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(byte[] request) {
        List<ReceivedArticle> articles;
        try {
            articles = reader.read(request);
        } catch (InvalidArticleException e) {
            metrics.counter("raqib.ingest.requests.rejected", "field", e.field()).increment();
            throw e;
        }
        ArticleIntake.Admission admission = intake.admit(articles, "api");
        return Response.accepted(Map.of("count", admission.outcomes().size(), "published", admission.receipts().size(),
                "articles", admission.outcomes(), "receipts", admission.receipts())).build();
    }
}
