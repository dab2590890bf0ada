package io.raqib.alert;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.raqib.schemas.Alert;
import io.raqib.schemas.AlertAction;
import io.raqib.schemas.AlertActionType;
import io.raqib.security.Roles;
import io.smallrye.mutiny.Multi;

/** The desk's view of alerts: newest first, filtered and paged. */
@Path("/api/alerts")
@RolesAllowed(Roles.ALERTS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    static final int MAX_LIMIT = 500;

    /** A page of alerts and how many matched in all. */
    public record Page(int total, int offset, int limit, List<AlertView> alerts) {
    }

    /** What an analyst sends to acknowledge or resolve an alert. */
    public record Action(String analyst, String note) {
    }

    @Inject
    KafkaStreams streams;

    @Inject
    AlertFeed feed;

    @Inject
    ActionPublisher actions;

    @GET
    public Page list(@QueryParam("topic") String topic, @QueryParam("place") String place,
            @QueryParam("status") String status, @QueryParam("since") String since,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("grouped") @DefaultValue("false") boolean grouped) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("offset must be ≥ 0 and limit between 1 and " + MAX_LIMIT);
        }
        Instant from = instant("since", since);
        String wantedStatus = status == null ? null : status.toUpperCase(Locale.ROOT);
        List<Alert> matching = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = store().all()) {
            all.forEachRemaining(entry -> {
                Alert a = entry.value;
                if ((topic == null || topic.equals(a.getTopicId()))
                        && (place == null || place.equals(a.getPlace()))
                        && (wantedStatus == null || wantedStatus.equals(a.getStatus().name()))
                        && (from == null || !a.getUpdatedAt().isBefore(from))) {
                    matching.add(a);
                }
            });
        }
        matching.sort(Comparator.comparing(Alert::getRaisedAt).reversed().thenComparing(Alert::getId));
        // Grouped, a page counts incidents: a topic's alert with the place alerts of its incident nested.
        List<AlertView> rows = grouped ? GroupedAlerts.of(matching) : matching.stream().map(AlertView::of).toList();
        List<AlertView> page = rows.stream().skip(offset).limit(limit).toList();
        return new Page(rows.size(), offset, limit, page);
    }

    /** Server-Sent Events: every alert change as JSON, from now on. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AlertView> stream() {
        return feed.changes();
    }

    @GET
    @Path("/{id}")
    public AlertView get(@PathParam("id") String id) {
        Alert alert = store().get(id);
        if (alert == null) {
            throw new NotFoundException("no alert " + id);
        }
        return AlertView.of(alert);
    }

    /** The analyst has seen the alert and is on it. Answered 202: the change follows on the stream. */
    @POST
    @RolesAllowed(Roles.ALERTS_ACK)
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acknowledge(@PathParam("id") String id, Action action) {
        return act(id, action, AlertActionType.ACKNOWLEDGE);
    }

    /** The analyst closes the alert. */
    @POST
    @RolesAllowed(Roles.ALERTS_ACK)
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, Action action) {
        return act(id, action, AlertActionType.RESOLVE);
    }

    private Response act(String id, Action action, AlertActionType type) {
        if (action == null || action.analyst() == null || action.analyst().isBlank()) {
            throw new BadQuery("analyst is required: {\"analyst\": \"name\", \"note\": \"optional\"}");
        }
        if (action.note() != null && action.note().length() > 2000) {
            throw new BadQuery("note is limited to 2000 characters");
        }
        Alert alert = store().get(id);
        if (alert == null) {
            throw new NotFoundException("no alert " + id);
        }
        actions.publish(AlertAction.newBuilder().setAlertId(id).setSeries(alert.getSeries()).setAction(type)
                .setAnalyst(action.analyst().strip()).setNote(action.note()).setAt(Instant.now()).build());
        return Response.accepted(Map.of("id", id, "action", type.name())).build();
    }

    private ReadOnlyKeyValueStore<String, Alert> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.ALERTS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQuery(name + " must be an ISO-8601 instant, e.g. 2024-03-03T08:00:00Z");
        }
    }

    static class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    @ServerExceptionMapper
    public Response badQuery(BadQuery e) {
        return Response.status(400).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(404).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response notReady(InvalidStateStoreException e) {
        return Response.status(503).header("Retry-After", "2")
                .entity(Map.of("error", "alerts are not readable yet (streams " + streams.state() + "); retry shortly"))
                .build();
    }
}
