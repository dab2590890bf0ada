package io.raqib.nlp.models;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.raqib.security.Roles;

/** Which gazetteer and taxonomy enrich articles now, and a reload after analysts changed them. */
@Path("/api/models")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    @Inject
    ModelService service;

    @GET
    public Map<String, Object> current() {
        Models.Loaded loaded = service.models().current();
        Models.Reload last = service.models().lastReload();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", loaded.extractor().version());
        answer.put("origin", loaded.origin());
        answer.put("loadedAt", loaded.loadedAt().toString());
        answer.put("lastReload", last.outcome().name().toLowerCase());
        if (last.error() != null) {
            answer.put("lastError", last.error());
        }
        return answer;
    }

    /** 200 with the version in service; 422 when the files do not parse (the previous models stay in service). */
    @POST
    @Path("/reload")
    public Response reload() {
        Models.Reload reload = service.reload();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", reload.outcome().name().toLowerCase());
        answer.put("version", reload.version());
        if (reload.error() != null) {
            answer.put("error", reload.error());
        }
        return Response.status(reload.outcome() == Models.Reload.Outcome.FAILED ? 422 : 200).entity(answer).build();
    }
}
