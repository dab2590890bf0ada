package io.raqib.alert.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.raqib.alert.ApiErrors.BadParameter;
import io.raqib.alert.ApiErrors;
import io.raqib.schemas.FigureCategory;
import io.raqib.security.Roles;

/**
 * The figures boards: per actor × category, the figures reported over the horizon and who reported them.
 * {@code GET /api/figures} lists the boards; {@code GET /api/figures/{actor}/{category}} gives one board's reports
 * grouped by source ({@value BoardKey#NO_ACTOR} as the actor for figures no actor was named for).
 */
@Path("/api/figures")
@RolesAllowed(Roles.ALERTS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    static final int MAX_NAME = 200;

    /** The boards with a report since {@code since}, the most recently reported first. */
    public record Boards(Instant since, int total, List<BoardSummary> boards) {
    }

    @Inject
    KafkaStreams streams;

    @ConfigProperty(name = "raqib.figures.horizon")
    Duration horizon;

    @ConfigProperty(name = "raqib.figures.per-board")
    int perBoard;

    @GET
    public Boards list(@QueryParam("actor") String actor, @QueryParam("category") String category,
            @QueryParam("since") String since) {
        ApiErrors.optionalText("actor", actor, MAX_NAME);
        FigureCategory wanted = category == null ? null : category(category);
        Instant from = since(since);
        List<BoardSummary> boards = new ArrayList<>();
        for (Board board : FiguresBoard.boards(store(), horizon, perBoard)) {
            BoardKey key = new BoardKey(board.actor(), board.category());
            if ((wanted == null || wanted == key.category()) && (actor == null || actor.equals(key.actorToken()))) {
                BoardSummary summary = BoardSummary.of(board, key, from);
                if (summary != null) {
                    boards.add(summary);
                }
            }
        }
        boards.sort(Comparator.comparing((BoardSummary b) -> b.latest().reportedAt()).reversed()
                .thenComparing(BoardSummary::actor).thenComparing(BoardSummary::category));
        return new Boards(from, boards.size(), boards);
    }

    @GET
    @Path("/{actor}/{category}")
    public BoardDetail board(@PathParam("actor") String actor, @PathParam("category") String category,
            @QueryParam("since") String since) {
        ApiErrors.optionalText("actor", actor, MAX_NAME);
        BoardKey key = BoardKey.of(actor, category(category));
        Instant from = since(since);
        Board board = FiguresBoard.board(store(), key, horizon, perBoard);
        if (board == null) {
            throw new ApiErrors.Missing("no figures reported for " + key.actorToken() + " × " + key.category());
        }
        return BoardDetail.of(board, key, from);
    }

    /** Reports beyond the horizon may still be held (it is counted from a board's newest), but are not shown. */
    private Instant since(String since) {
        Instant horizonStart = Instant.now().minus(horizon);
        Instant from = ApiErrors.instant("since", since);
        return from == null || from.isBefore(horizonStart) ? horizonStart : from;
    }

    private static FigureCategory category(String name) {
        try {
            FigureCategory category = FigureCategory.valueOf(name.toUpperCase(Locale.ROOT));
            if (ArticleFigures.BOARDED.contains(category)) {
                return category;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new BadParameter("category must be one of " + Arrays.stream(FigureCategory.values())
                .filter(ArticleFigures.BOARDED::contains).map(Enum::name).sorted().toList());
    }

    private ReadOnlyKeyValueStore<String, ArticleFigures> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(FiguresBoard.REPORTS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    @ServerExceptionMapper
    public Response notReady(InvalidStateStoreException e) {
        return ApiErrors.notReady("figures are", streams.state());
    }
}
