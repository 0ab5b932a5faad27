package io.restwell.booking.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingLimits;
import io.restwell.platform.defaults.problem.AuthenticationChallenge;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.restwell.platform.defaults.problem.Problems;

/**
 * Booking's own failures ({@link BookingException}, by kind) as RFC 9457 problems, and the 401
 * of the partner API, whose callers send a clinic API key. Every other failure is mapped by
 * restwell-service-defaults (problem/ProblemMappers).
 */
public class BookingProblemMappers {

    @ServerExceptionMapper
    public Response problem(BookingException e, UriInfo uri) {
        return Problems.response(status(e.kind()), type(e.kind()), e.getMessage(), uri,
                e.violations() == null ? null
                        : e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
    }

    /**
     * A person's booking limit (domain/BookingLimits): 409, with a type naming the limit and its value and
     * the person's current count as members, so an app can say what to do.
     */
    @ServerExceptionMapper
    public Response limitReached(BookingLimits.LimitReached e, UriInfo uri) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("limit", e.max());
        members.put("current", e.current());
        return Problems.withMembers(409, Problems.type(e.limit().slug), TITLES.get(e.limit()), e.getMessage(), uri, members);
    }

    private static final Map<BookingLimits.Limit, String> TITLES = Map.of(
            BookingLimits.Limit.OPEN_BOOKINGS, "Too many open bookings",
            BookingLimits.Limit.CLINIC_DAY, "Too many bookings at this clinic on that day");

    static int status(BookingException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_VERSION -> 412;
            case MALFORMED, INVALID -> 400;
            case BROKEN_RULE -> 422;
        };
    }

    static ProblemType type(BookingException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case STALE_VERSION -> ProblemType.PRECONDITION_FAILED;
            case MALFORMED -> ProblemType.MALFORMED_REQUEST;
            case INVALID, BROKEN_RULE -> ProblemType.VALIDATION_FAILED;
        };
    }

    /** On partner paths, a 401 asks for the clinic's API key instead of a bearer token. */
    @ApplicationScoped
    public static class PartnerKeyChallenge implements AuthenticationChallenge {

        @Override
        public Optional<Response> unauthorized(UriInfo uri) {
            if (!PartnerKeyMechanism.isPartnerPath(uri.getPath())) {
                return Optional.empty();
            }
            return Optional.of(Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED, "Send your clinic's API key in the "
                            + PartnerKeyMechanism.HEADER + " header; unknown and revoked keys are refused, and bearer "
                            + "tokens are not accepted on the partner API.", uri))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + PartnerKeyMechanism.HEADER + "\"").build());
        }
    }
}
