package io.restwell.recommendation.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.restwell.platform.defaults.problem.Problems;

/**
 * Recommendation's own failures as RFC 9457 problems; every other failure is mapped by
 * restwell-service-defaults (problem/ProblemMappers).
 */
public class RecommendationProblemMappers {

    @ServerExceptionMapper
    public Response invalidChoice(InvalidChoiceException e, UriInfo uri) {
        return Problems.response(422, ProblemType.VALIDATION_FAILED, e.field() + ": " + e.getMessage(), uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    /** A conflict with the fresh slots beside it, so the app can offer them at once. */
    @ServerExceptionMapper
    public Response slotTaken(SlotTakenException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.type("slot-taken"));
        body.put("title", "The slot is no longer free");
        body.put("status", 409);
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.put("slots", e.freshSlots());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response bookingUnavailable(BookingUnavailableException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(503, Problems.type("booking-unavailable"), "Booking is unavailable",
                e.getMessage(), uri, null)).header("Retry-After", "30").build();
    }
}
