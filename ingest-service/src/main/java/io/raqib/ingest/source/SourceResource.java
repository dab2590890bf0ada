package io.raqib.ingest.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.raqib.security.Roles;

/**
 * {@code /api/sources}: the feeds and their health, and the channels beside them. Feeds are added and removed here
 * at runtime; where the change is kept (the feeds file, or memory only) is in the list's {@code persistence}.
 */
@Path("/api/sources")
// Feeders see the health of the sources; changing what Raqib polls is for operators.
@RolesAllowed({Roles.INGEST_WRITE, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    /** A manual poll answers with its result if it ends within this, else 202 while it goes on. */
    private static final long POLL_WAIT_SECONDS = 60;

    private final SourceRegistry registry;
    private final Poller poller;
    private final MeterRegistry metrics;
    private final ObjectMapper json;

    @Inject
    public SourceResource(SourceRegistry registry, Poller poller, MeterRegistry metrics, ObjectMapper json) {
        this.registry = registry;
        this.poller = poller;
        this.metrics = metrics;
        this.json = json;
    }

    @GET
    public Map<String, Object> list() {
        List<SourceStatus> sources = new ArrayList<>();
        for (FeedSource feed : registry.feeds()) {
            poller.status(feed.name()).ifPresent(sources::add);
        }
        sources.add(Channels.status(Channels.API, metrics));
        if (Channels.used(Channels.FOLDER, metrics)) {
            sources.add(Channels.status(Channels.FOLDER, metrics));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("persistence", registry.persistence());
        answer.put("sources", sources);
        return answer;
    }

    @GET
    @Path("{name}")
    public SourceStatus get(@PathParam("name") String name) {
        if (Channels.isChannel(name)) {
            return Channels.status(name, metrics);
        }
        return poller.status(feed(name).name()).orElseThrow(() -> new SourceNotFoundException(name));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body, @Context UriInfo uri) {
        FeedSource feed = registry.add(parse(body));
        poller.track(feed);
        return Response.created(uri.getAbsolutePathBuilder().path(feed.name()).build())
                .entity(poller.status(feed.name()).orElseThrow()).build();
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("{name}")
    public Response remove(@PathParam("name") String name) {
        if (Channels.isChannel(name)) {
            throw new SourceConflictException("'" + name + "' is a channel, not a feed: it cannot be removed");
        }
        poller.untrack(registry.remove(name).name());
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("{name}/poll")
    public Response poll(@PathParam("name") String name) throws InterruptedException {
        if (Channels.isChannel(name)) {
            throw new SourceConflictException("'" + name + "' is a channel, not a feed: it is not polled");
        }
        String feed = feed(name).name();
        try {
            return Response.ok(poller.pollNow(feed).get(POLL_WAIT_SECONDS, TimeUnit.SECONDS)).build();
        } catch (TimeoutException e) {
            return Response.accepted(poller.status(feed).orElseThrow(() -> new SourceNotFoundException(name))).build();
        } catch (ExecutionException e) {
            throw new IllegalStateException("polling " + name + " failed", e.getCause());
        }
    }

    private FeedSource feed(String name) {
        return registry.find(name).orElseThrow(() -> new SourceNotFoundException(name));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSourceException("", "the request body is empty; send a feed as JSON");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidSourceException("", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
