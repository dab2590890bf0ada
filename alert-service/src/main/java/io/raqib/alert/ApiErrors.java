package io.raqib.alert;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the series and figures APIs say no, as JSON {@code {"error": "..."}}: 400 for a parameter they cannot use,
 * 404 for something that does not exist. The mappers are global but only for these two exceptions of ours.
 */
public class ApiErrors {

    /** A query or path parameter the API cannot use; the message says what it expects. */
    public static final class BadParameter extends RuntimeException {
        public BadParameter(String message) {
            super(message);
        }
    }

    /** What the request names does not exist. */
    public static final class Missing extends RuntimeException {
        public Missing(String message) {
            super(message);
        }
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameter e) {
        return Response.status(400).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response missing(Missing e) {
        return Response.status(404).entity(Map.of("error", e.getMessage())).build();
    }

    /** The stores cannot be read yet: answered 503 with a hint to retry. */
    public static Response notReady(String what, Object streamsState) {
        return Response.status(503).header("Retry-After", "2")
                .entity(Map.of("error", what + " not readable yet (streams " + streamsState + "); retry shortly"))
                .build();
    }

    /** {@code value} as an instant, null when absent. */
    public static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name + " must be an ISO-8601 instant, e.g. 2024-03-03T08:00:00Z");
        }
    }

    /** {@code value} unless it is present but blank. */
    public static String optionalText(String name, String value, int maxLength) {
        if (value != null && (value.isBlank() || value.length() > maxLength)) {
            throw new BadParameter(name + " must be 1 to " + maxLength + " characters when given");
        }
        return value;
    }
}
