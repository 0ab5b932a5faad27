package io.restwell.platform.defaults.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
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
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.platform.defaults.json.JsonConfig;
import io.restwell.platform.defaults.persistence.ConcurrentChanges;
import io.restwell.platform.defaults.persistence.DatabaseOutages;

/**
 * Turns every failure that is not a service's own into RFC 9457 problem details of the catalogue
 * ({@link ProblemType}): bean validation, unreadable JSON, security, HTTP-level refusals (404, 405,
 * 406, 413, 415), lost races (409), a database out of reach or out of connections (503 with
 * Retry-After) and anything unexpected (500, never a stack trace). A service maps
 * its own exceptions in its rest/ package with {@link Problems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** PostgreSQL states that mean "another transaction got there first": answer 409, not 500. */
    static final List<String> CONCURRENCY_STATES = List.of(
            "23P01", // exclusion_violation
            "23505", // unique_violation
            "40P01", // deadlock_detected
            "40001", // serialization_failure
            "55P03"); // lock_not_available

    /** A rush that filled the pool passes within a second or two; a restart takes longer and the client retries again. */
    static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    Instance<AuthenticationChallenge> challenges;

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(Problems.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (errors.stream().anyMatch(error -> error.field().contains("<return value>"))) {
            return unexpected(e, uri); // our answer broke its own contract: our bug, not the client's
        }
        return Problems.response(400, ProblemType.VALIDATION_FAILED, Problems.summary(errors), uri, errors);
    }

    /** An If-Match / If-None-Match that is not a list of quoted entity tags (http/EntityTags). */
    @ServerExceptionMapper
    public Response malformedEntityTag(EntityTags.MalformedTagException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(e.header(), e.getMessage()));
        return Problems.response(400, ProblemType.VALIDATION_FAILED, Problems.summary(errors), uri, errors);
    }

    /** Replaces Quarkus's own mapper for this type, whose body is not problem details. */
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
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.", uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, "Someone else changed it at the same time; reload and retry.", uri);
    }

    @ServerExceptionMapper
    public Response pessimisticLock(PessimisticLockException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, "Someone else is changing it right now; retry.", uri);
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
        if (status == 404 && (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof java.time.DateTimeException)
                && uri.getRequestUri() != null && uri.getRequestUri().getRawQuery() != null) {
            // JAX-RS answers 404 when a query parameter does not convert (size=abc): the path is there, the request is
            // malformed. (An id in the path that is no id stays a 404: nothing can be there.)
            return Problems.response(ProblemType.MALFORMED_REQUEST, "A query parameter is malformed: "
                    + Optional.ofNullable(e.getCause().getMessage()).orElse("it does not convert to its type") + ".", uri);
        }
        return switch (status) {
            case 400 -> Problems.response(ProblemType.MALFORMED_REQUEST,
                    Optional.ofNullable(e.getMessage()).orElse("The request is malformed."), uri);
            case 401 -> unauthorizedResponse(uri);
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.", uri);
            case 404 -> Problems.response(ProblemType.NOT_FOUND, "There is nothing at " + uri.getPath() + ".", uri);
            case 405 -> Problems.response(ProblemType.METHOD_NOT_ALLOWED, "This path does not support that method.", uri);
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE, e.getMessage() != null && !e.getMessage().startsWith("HTTP 406")
                    ? e.getMessage() : "This path answers in application/json only.", uri);
            case 409 -> Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
            case 412 -> Problems.response(ProblemType.PRECONDITION_FAILED, e.getMessage(), uri);
            case 413 -> Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.", uri);
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", uri);
            default -> Problems.response(status, ProblemType.MALFORMED_REQUEST, e.getMessage(), uri, null);
        };
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, UriInfo uri) {
        Optional<String> state = sqlState(e);
        if (state.filter(CONCURRENCY_STATES::contains).isPresent()) {
            LOG.debugf("concurrent change lost (SQLState %s) on %s", state.get(), uri.getPath());
            return Problems.response(ProblemType.CONFLICT, "A concurrent request changed the same data first; "
                    + "reload and retry.", uri);
        }
        if (ConcurrentChanges.lostTo(e)) {
            return optimisticLock(null, uri); // a stale @Version found at commit, wrapped by the transaction
        }
        if (DatabaseOutages.unavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(Problems.response(ProblemType.TEMPORARILY_UNAVAILABLE,
                    "We could not reach our database in time; nothing was changed. Retry shortly.", uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        return unexpected(e, uri);
    }

    public static Optional<String> sqlState(Throwable e) {
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
        return Problems.response(ProblemType.INTERNAL, "Something went wrong on our side; it has been logged.", uri);
    }

    private Response unauthorizedResponse(UriInfo uri) {
        if (challenges != null) {
            for (AuthenticationChallenge challenge : challenges) {
                Optional<Response> answer = challenge.unauthorized(uri);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED,
                        "Sign in: send a valid bearer token (Authorization: Bearer <JWT>).", uri))
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
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body is " + message + ".", uri);
        }
        return Problems.response(400, ProblemType.MALFORMED_REQUEST, field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object value : type.getEnumConstants()) {
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
}
