package io.restwell.booking.rest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.restwell.booking.config.JsonConfig;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.ProblemException;
import io.restwell.booking.service.ProblemKind;

/**
 * Turns every failure into RFC 9457 problem details. Expected failures (validation, ownership,
 * conflicts) say what went wrong; anything else is a 500 that never shows a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** PostgreSQL states that mean "another transaction got there first": answer 409, not 500. */
    private static final List<String> CONCURRENCY_STATES = List.of(
            "23P01", // exclusion_violation: the no-double-booking constraint
            "23505", // unique_violation
            "40P01", // deadlock_detected
            "40001", // serialization_failure
            "55P03"); // lock_not_available

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.kind(), e.getMessage(), uri,
                e.violations() == null ? null
                        : e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (errors.stream().anyMatch(error -> error.field().contains("<return value>"))) {
            return unexpected(e, uri); // our answer broke its own contract: our bug, not the client's
        }
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(400, ProblemKind.VALIDATION_FAILED, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ProblemKind.FORBIDDEN, "Your role does not allow this operation.", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(409, ProblemKind.CONFLICT, "Someone else changed it at the same time; reload and retry.", uri, null);
    }

    @ServerExceptionMapper
    public Response pessimisticLock(PessimisticLockException e, UriInfo uri) {
        return respond(409, ProblemKind.CONFLICT, "Someone else is changing it right now; retry.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri); // the Jackson reader wraps parse errors in a 400
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return switch (status) {
            case 400 -> respond(400, ProblemKind.MALFORMED_REQUEST, Optional.ofNullable(e.getMessage())
                    .orElse("The request is malformed."), uri, null);
            case 401 -> unauthorizedResponse(uri);
            case 403 -> respond(403, ProblemKind.FORBIDDEN, "Your role does not allow this operation.", uri, null);
            case 404 -> respond(404, ProblemKind.NOT_FOUND, "There is nothing at " + uri.getPath() + ".", uri, null);
            case 405 -> respond(405, ProblemKind.METHOD_NOT_ALLOWED, "This path does not support that method.", uri, null);
            case 406 -> respond(406, ProblemKind.NOT_ACCEPTABLE, "This path answers in application/json only.", uri, null);
            case 413 -> respond(413, ProblemKind.PAYLOAD_TOO_LARGE, "The request body is too large.", uri, null);
            case 415 -> respond(415, ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", uri, null);
            default -> respond(status, ProblemKind.MALFORMED_REQUEST, e.getMessage(), uri, null);
        };
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, UriInfo uri) {
        Optional<String> state = sqlState(e);
        if (state.filter(CONCURRENCY_STATES::contains).isPresent()) {
            LOG.debugf("concurrent change lost (SQLState %s) on %s", state.get(), uri.getPath());
            return respond(409, ProblemKind.CONFLICT, "A concurrent request changed the same data first; "
                    + "reload and retry.", uri, null);
        }
        return unexpected(e, uri);
    }

    static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(500, ProblemKind.INTERNAL, "Something went wrong on our side; it has been logged.", uri, null);
    }

    private Response unauthorizedResponse(UriInfo uri) {
        if (PartnerKeyMechanism.isPartnerPath(uri.getPath())) {
            return Response.fromResponse(respond(401, ProblemKind.UNAUTHORIZED, "Send your clinic's API key in the "
                            + PartnerKeyMechanism.HEADER + " header; unknown and revoked keys are refused, and bearer "
                            + "tokens are not accepted on the partner API.", uri, null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + PartnerKeyMechanism.HEADER + "\"").build();
        }
        return Response.fromResponse(respond(401, ProblemKind.UNAUTHORIZED,
                        "Sign in: send a valid bearer token (Authorization: Bearer <JWT>).", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "";
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            message = JsonConfig.NUL_REFUSED;
        } else if (e instanceof InvalidFormatException format) {
            message = "cannot read " + describe(format.getValue()) + " as " + typeName(format.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + typeName(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException && e.getCause() instanceof RuntimeException cause
                && cause.getMessage() != null) {
            message = cause.getMessage(); // e.g. a record's constructor refusing a value
        } else {
            message = "not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (field.isEmpty()) {
            return respond(400, ProblemKind.MALFORMED_REQUEST, "The request body is " + message + ".", uri, null);
        }
        return respond(400, ProblemKind.MALFORMED_REQUEST, field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object value : values) {
                names.add(((Enum<?>) value).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "OffsetDateTime", "ZonedDateTime", "Instant" -> "an RFC 3339 date-time with offset, e.g. 2026-05-04T10:00:00+02:00";
            case "LocalDate" -> "an ISO date, e.g. 2026-05-04";
            case "LocalTime" -> "a time of day, e.g. 09:30";
            case "UUID" -> "a UUID";
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            default -> type.getSimpleName().startsWith("List") || type.isArray() ? "a list" : "an object";
        };
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** {@code create.request.weeklyHours[1].end} → {@code weeklyHours[1].end}; {@code list.size} → {@code size}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int first = 0;
        while (first < nodes.size() && (nodes.get(first).getKind() == ElementKind.METHOD
                || nodes.get(first).getKind() == ElementKind.CONSTRUCTOR
                || (nodes.get(first).getKind() == ElementKind.PARAMETER && first < nodes.size() - 1))) {
            first++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable() && i > first) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    static Response respond(int status, ProblemKind kind, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_PREFIX + kind.slug, kind.title, status, detail, uri.getPath(),
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
