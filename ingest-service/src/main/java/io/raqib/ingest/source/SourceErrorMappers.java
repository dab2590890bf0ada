package io.raqib.ingest.source;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The sources API's errors, as JSON in the style of {@link io.raqib.ingest.ErrorMappers}. */
public class SourceErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidSourceException e) {
        return json(Response.Status.BAD_REQUEST, Map.of("error", e.getMessage(), "field", e.field()));
    }

    @ServerExceptionMapper
    public Response conflict(SourceConflictException e) {
        return json(Response.Status.CONFLICT, Map.of("error", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(SourceNotFoundException e) {
        return json(Response.Status.NOT_FOUND, Map.of("error", e.getMessage()));
    }

    private static Response json(Response.Status status, Map<String, String> entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}
