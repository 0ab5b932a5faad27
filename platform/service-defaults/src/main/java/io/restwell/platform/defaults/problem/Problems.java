package io.restwell.platform.defaults.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem answers; what a service's own mappers use for its own failures. */
public final class Problems {

    private Problems() {
    }

    /** A type of the service's own, outside the catalogue: {@code https://restwell.dev/problems/<slug>}. */
    public static String type(String slug) {
        return ProblemType.PREFIX + slug;
    }

    /** An answer of the given status and catalogue type; an empty {@code errors} list is left out. */
    public static Response response(int status, ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return response(status, type.uri(), type.title, detail, uri, errors);
    }

    /** An answer with the catalogue type's own status. */
    public static Response response(ProblemType type, String detail, UriInfo uri) {
        return response(type.status, type, detail, uri, null);
    }

    /** An answer of a type of the service's own ({@link #type(String)}) or a catalogue type with another title. */
    public static Response response(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri.getPath(), errors == null || errors.isEmpty() ? null : errors))
                .build();
    }

    /**
     * An answer of a type of the service's own with extension members (RFC 9457 section 3.2) after the
     * standard ones, e.g. the limit and the current count of a limit that was reached.
     */
    public static Response withMembers(int status, String type, String title, String detail, UriInfo uri,
            Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", uri.getPath());
        extensions.forEach(body::putIfAbsent);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** {@code wakeTime: must be after bedtime; size: must be at most 100}. */
    public static String summary(List<Problem.FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }

    /**
     * The field a bean-validation failure is about, as the client named it:
     * {@code create.request.weeklyHours[1].end} → {@code weeklyHours[1].end}; {@code list.size} → {@code size}.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
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
}
