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
import io.restwell.recommendation.domain.FieldViolation;
import io.restwell.recommendation.domain.RecommendationException.BookingLimitReached;
import io.restwell.recommendation.domain.RecommendationException.BookingNotFound;
import io.restwell.recommendation.domain.RecommendationException.BriefNotFound;
import io.restwell.recommendation.domain.RecommendationException.BriefNotShareable;
import io.restwell.recommendation.domain.RecommendationException.PartnerKeyRefused;
import io.restwell.recommendation.domain.RecommendationException.BookingUnavailable;
import io.restwell.recommendation.domain.RecommendationException.InvalidChoice;
import io.restwell.recommendation.domain.RecommendationException.InvalidPreferences;
import io.restwell.recommendation.domain.RecommendationException.InvalidStreamPosition;
import io.restwell.recommendation.domain.RecommendationException.InvalidPushSubscription;
import io.restwell.recommendation.domain.RecommendationException.NotificationNotFound;
import io.restwell.recommendation.domain.RecommendationException.PushSubscriptionNotFound;
import io.restwell.recommendation.domain.RecommendationException.InvalidRoutineCheck;
import io.restwell.recommendation.domain.RecommendationException.InvalidSessionReport;
import io.restwell.recommendation.domain.RecommendationException.RoutineCheckNotFound;
import io.restwell.recommendation.domain.RecommendationException.SessionNotFound;
import io.restwell.recommendation.domain.RecommendationException.SessionNotReportable;
import io.restwell.recommendation.domain.RecommendationException.SessionReportNotFound;
import io.restwell.recommendation.domain.RecommendationException.TooManyPushSubscriptions;
import io.restwell.recommendation.domain.RecommendationException.PreferencesChanged;
import io.restwell.recommendation.domain.RecommendationException.SlotTaken;
import io.restwell.recommendation.domain.RecommendationException.SuggestionClosed;
import io.restwell.recommendation.domain.RecommendationException.SuggestionNotFound;
import io.restwell.recommendation.mapping.RecommendationMapper;

/**
 * Recommendation's own failures as RFC 9457 problems; every other failure is mapped by
 * restwell-service-defaults (problem/ProblemMappers).
 */
public class RecommendationProblemMappers {

    @ServerExceptionMapper
    public Response notFound(SuggestionNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notificationNotFound(NotificationNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response pushSubscriptionNotFound(PushSubscriptionNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidPushSubscription(InvalidPushSubscription e, UriInfo uri) {
        return validationFailed(e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response tooManyPushSubscriptions(TooManyPushSubscriptions e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response sessionNotFound(SessionNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response sessionReportNotFound(SessionReportNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response sessionNotReportable(SessionNotReportable e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidSessionReport(InvalidSessionReport e, UriInfo uri) {
        return validationFailed(e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response invalidRoutineCheck(InvalidRoutineCheck e, UriInfo uri) {
        return validationFailed(e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response routineCheckNotFound(RoutineCheckNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidStreamPosition(InvalidStreamPosition e, UriInfo uri) {
        return Problems.response(400, ProblemType.VALIDATION_FAILED, "Last-Event-ID: " + e.getMessage(), uri,
                List.of(new Problem.FieldError("Last-Event-ID", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response closed(SuggestionClosed e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidChoice(InvalidChoice e, UriInfo uri) {
        return Problems.response(422, ProblemType.VALIDATION_FAILED, e.field() + ": " + e.getMessage(), uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response invalidPreferences(InvalidPreferences e, UriInfo uri) {
        return validationFailed(e.violations(), uri);
    }

    /** A 400 naming every refused field. */
    private static Response validationFailed(List<FieldViolation> violations, UriInfo uri) {
        List<Problem.FieldError> errors = violations.stream()
                .map(violation -> new Problem.FieldError(violation.field(), violation.message())).toList();
        return Problems.response(400, ProblemType.VALIDATION_FAILED, Problems.summary(errors), uri, errors);
    }

    @ServerExceptionMapper
    public Response preferencesChanged(PreferencesChanged e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, e.getMessage(), uri);
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

    @ServerExceptionMapper
    public Response bookingNotFound(BookingNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response briefNotShareable(BriefNotShareable e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response briefNotFound(BriefNotFound e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri);
    }

    /** A clinic's key booking-service refused: the challenge names the header, as booking-service's own 401 does. */
    @ServerExceptionMapper
    public Response partnerKeyRefused(PartnerKeyRefused e, UriInfo uri) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED, e.getMessage(), uri))
                .header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"").build();
    }

    @ServerExceptionMapper
    public Response bookingUnavailable(BookingUnavailable e, UriInfo uri) {
        return Response.fromResponse(Problems.response(503, Problems.type("booking-unavailable"), "Booking is unavailable",
                e.getMessage(), uri, null)).header("Retry-After", "30").build();
    }
}
