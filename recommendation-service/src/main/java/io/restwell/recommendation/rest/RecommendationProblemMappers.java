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
import io.restwell.recommendation.domain.RecommendationException;
import io.restwell.recommendation.domain.RecommendationException.BookingLimitReached;
import io.restwell.recommendation.domain.RecommendationException.BookingUnavailable;
import io.restwell.recommendation.domain.RecommendationException.PartnerKeyRefused;
import io.restwell.recommendation.domain.RecommendationException.SlotTaken;
import io.restwell.recommendation.mapping.RecommendationMapper;

/**
 * Recommendation's own failures ({@link RecommendationException}, by kind) as RFC 9457 problems; the four that
 * carry more than a kind (fresh slots, a booking limit, the API-key challenge, Retry-After) have their own
 * mappers, which win for their types. Every other failure is mapped by restwell-service-defaults
 * (problem/ProblemMappers).
 */
public class RecommendationProblemMappers {

    /** The kind's status and type; fields refused are named in {@code errors} and summed up in the detail. */
    @ServerExceptionMapper
    public Response problem(RecommendationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(violation -> new Problem.FieldError(violation.field(), violation.message())).toList();
        String detail = errors.isEmpty() ? e.getMessage() : Problems.summary(errors);
        return Problems.response(status(e.kind()), type(e.kind()), detail, uri, errors);
    }

    /** The type's own status, but 422 for a broken rule (validation-failed's title, with the status that says "understood"). */
    static int status(RecommendationException.Kind kind) {
        return kind == RecommendationException.Kind.BROKEN_RULE ? 422 : type(kind).status;
    }

    static ProblemType type(RecommendationException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case STALE_VERSION -> ProblemType.PRECONDITION_FAILED;
            case INVALID, BROKEN_RULE -> ProblemType.VALIDATION_FAILED;
            case UNAUTHORIZED -> ProblemType.UNAUTHORIZED;
            case UNAVAILABLE -> ProblemType.TEMPORARILY_UNAVAILABLE;
        };
    }

    /** A conflict with the fresh slots beside it, so the app can offer them at once. */
    @ServerExceptionMapper
    public Response slotTaken(SlotTaken e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.type("slot-taken"));
        body.put("title", "The slot is no longer free");
        body.put("status", 409);
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.put("slots", e.freshSlots().stream().map(RecommendationMapper::toResponse).toList());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** booking's own limit problem, passed on as it is: the same type, limit and count. */
    @ServerExceptionMapper
    public Response bookingLimitReached(BookingLimitReached e, UriInfo uri) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("limit", e.max());
        members.put("current", e.current());
        return Problems.withMembers(409, Problems.type(e.limit()), "A booking limit is reached", e.getMessage(), uri, members);
    }

    /** A clinic's key booking-service refused: the challenge names the header, as booking-service's own 401 does. */
    @ServerExceptionMapper
    public Response partnerKeyRefused(PartnerKeyRefused e, UriInfo uri) {
        return Response.fromResponse(problem(e, uri)).header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"").build();
    }

    /** booking-service's own type (not the catalogue's temporarily-unavailable), and when to try again. */
    @ServerExceptionMapper
    public Response bookingUnavailable(BookingUnavailable e, UriInfo uri) {
        return Response.fromResponse(Problems.response(503, Problems.type("booking-unavailable"), "Booking is unavailable",
                e.getMessage(), uri, null)).header("Retry-After", "30").build();
    }
}
