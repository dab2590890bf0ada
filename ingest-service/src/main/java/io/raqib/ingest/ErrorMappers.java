package io.raqib.ingest;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as JSON a client can act on: what is wrong, where, and whether a retry may help. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidArticleException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", e.getMessage(), "field", e.field())).build();
    }

    @ServerExceptionMapper
    public Response unavailable(ArticlePublisher.UnavailableException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .header("Retry-After", "5")
                .entity(Map.of("error", "articles not accepted, Kafka is unavailable; retry later",
                        "detail", String.valueOf(e.getMessage())))
                .build();
    }
}
