package io.restwell.recommendation.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.restwell.recommendation.config.JsonConfig;

/** Turns every failure into RFC 9457 problem details; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, "validation-failed", "Some fields are not valid", summary(errors), uri, errors);
    }

    /** Replaces Quarkus's own mapper for this type, whose body is not problem details. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            detail = JsonConfig.NUL_REFUSED;
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            detail = "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof JsonMappingException) {
            detail = "has the wrong type or format";
        } else {
            detail = "the body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return problem(400, "malformed-request", "The request body cannot be read",
                field.isEmpty() ? detail : field + ": " + detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidChoice(InvalidChoiceException e, UriInfo uri) {
        return problem(422, "validation-failed", "The choice is not possible", e.field() + ": " + e.getMessage(), uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response slotTaken(SlotTakenException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.type("slot-taken"));
        body.put("title", "The slot is no longer free");
        body.put("status", 409);
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.put("slots", e.freshSlots());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response bookingUnavailable(BookingUnavailableException e, UriInfo uri) {
        return Response.fromResponse(problem(503, "booking-unavailable", "Booking is unavailable", e.getMessage(), uri,
                List.of())).header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Not allowed", "This operation needs a role the caller does not have", uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String kind = switch (status) {
            case 404 -> "not-found";
            case 400 -> "malformed-request";
            case 409 -> "conflict";
            default -> "http-" + status;
        };
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status == 404 ? "No such resource" : e.getMessage();
        return problem(status, kind, type.getReasonPhrase(), detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return problem(500, "internal", "Something went wrong on our side",
                "Incident " + incident + "; nothing was changed if the request was a change", uri, List.of());
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Authentication needed",
                "Send a valid bearer token in the Authorization header", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response problem(int status, String kind, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(kind), title, status, detail, uri.getPath(), errors)).build();
    }

    private static String summary(List<Problem.FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }

    /** {@code create.request.intensity} → {@code intensity}; query parameters keep their own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] nodes = path.split("\\.");
        return nodes.length <= 2 ? nodes[nodes.length - 1] : String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
