package io.raqib.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.raqib.alert.ApiErrors.BadParameter;
import io.raqib.alert.detect.SeriesState;
import io.raqib.schemas.Series;
import io.raqib.schemas.streams.ByTopic;
import io.raqib.security.Roles;

/**
 * The desk's charts: per window of a series, the articles counted against what the detector expected.
 * {@code GET /api/series} lists the series; {@code GET /api/series?topic=&place=&from=&to=} gives one series' windows,
 * of the window's length or of another horizon ({@code &horizon=P1D}).
 */
@Path("/api/series")
@RolesAllowed(Roles.ALERTS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    /** A chart of more windows than this is not a chart a desk reads: 83 days of hourly windows. */
    static final int MAX_WINDOWS = 2000;
    static final int MAX_NAME = 200;

    /** The series counted so far. */
    public record Catalog(int total, List<SeriesHistory.Known> series) {
    }

    /** One series' windows between {@code from} and {@code to}, oldest first. */
    public record Chart(String series, String topic, String place, String window, Instant from, Instant to,
            List<SeriesHistory.Window> windows) {
    }

    @Inject
    KafkaStreams streams;

    @ConfigProperty(name = "raqib.alert.window")
    Duration window;

    /** How far back the charts go by default: as long as the windows are kept. */
    @ConfigProperty(name = "raqib.alert.history")
    Duration history;

    /** The window lengths series are counted in; a chart is of one ({@code horizon=}, the window by default). */
    @ConfigProperty(name = "raqib.alert.horizons")
    List<Duration> horizons;

    @GET
    public Response get(@QueryParam("topic") String topic, @QueryParam("place") String place,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("horizon") String horizon) {
        Duration length = horizon(horizon);
        ApiErrors.optionalText("topic", topic, MAX_NAME);
        ApiErrors.optionalText("place", place, MAX_NAME);
        if (topic == null) {
            if (from != null || to != null) {
                throw new BadParameter("from and to apply to one series: give its topic (and place)");
            }
            List<SeriesHistory.Known> known = history(length, null).known(place);
            return Response.ok(new Catalog(known.size(), known)).build();
        }
        if (topic.indexOf('@') >= 0) {
            throw new BadParameter("give the topic and the place apart: topic=border_infiltration&place=Hasakah");
        }
        Instant end = ApiErrors.instant("to", to);
        end = end == null ? Instant.now() : end;
        Instant start = ApiErrors.instant("from", from);
        start = start == null ? end.minus(history) : start;
        if (!start.isBefore(end)) {
            throw new BadParameter("from must be before to");
        }
        String key = new Series(topic, place).key();
        // Read where the series is counted and judged: its topic's task. (A place series counted elsewhere by an
        // earlier release, which partitioned by series, keeps those windows there until they age out.)
        SeriesHistory series = history(length, ByTopic.partition(key, AlertTopology.WATCH_PARTITIONS));
        long windows = Duration.between(series.alignedStart(start), end).dividedBy(length) + 1;
        if (windows > MAX_WINDOWS) {
            throw new BadParameter("from..to spans " + windows + " windows of " + length + "; at most " + MAX_WINDOWS);
        }
        return Response.ok(new Chart(key, topic, place, length.toString(), start, end,
                series.windows(key, start, end))).build();
    }

    /** One of the configured horizons, as ISO-8601 (PT1H, P1D); the window when not given. */
    private Duration horizon(String value) {
        if (value == null) {
            return window;
        }
        try {
            Duration length = Duration.parse(value);
            if (horizons.contains(length)) {
                return length;
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        throw new BadParameter("horizon must be one of " + horizons + " (ISO-8601, e.g. P1D)");
    }

    /** The series' stores in one horizon: of one partition of topic.mentions, or of all when it is null. */
    private SeriesHistory history(Duration length, Integer partition) {
        Horizon horizon = new Horizon(length, length.equals(window));
        return new SeriesHistory(
                streams.store(StoreQueryParameters.fromNameAndType(horizon.stateStore(),
                        QueryableStoreTypes.<String, SeriesState>keyValueStore()).withPartition(partition)),
                streams.store(StoreQueryParameters.fromNameAndType(horizon.tallyStore(),
                        QueryableStoreTypes.<byte[], SeriesTally>windowStore()).withPartition(partition)),
                streams.store(StoreQueryParameters.fromNameAndType(horizon.expectedStore(),
                        QueryableStoreTypes.<String, Expectation>windowStore()).withPartition(partition)),
                length, history);
    }

    @ServerExceptionMapper
    public Response notReady(InvalidStateStoreException e) {
        return ApiErrors.notReady("series are", streams.state());
    }
}
