package io.restwell.booking.service;

import java.util.List;

import io.restwell.platform.defaults.problem.ProblemType;

/**
 * A failure the client can act on, with the HTTP status and problem type (the shared catalogue) it
 * answers with. Services throw the factories below; rest/BookingProblemMappers turns them into RFC 9457
 * bodies.
 */
public class ProblemException extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final int status;
    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(int status, ProblemType type, String detail, List<Violation> violations) {
        super(detail, null, false, false); // expected outcomes: no stack trace to fill
        this.status = status;
        this.type = type;
        this.violations = violations;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemType.NOT_FOUND, detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, ProblemType.PRECONDITION_FAILED, detail, null);
    }

    /** 400: a required or badly formed input, named by {@code field}. */
    public static ProblemException malformed(String field, String message) {
        return new ProblemException(400, ProblemType.MALFORMED_REQUEST, field + ": " + message,
                List.of(new Violation(field, message)));
    }

    /** 400: bean-validation-like failure of the request's shape (missing, too long, out of range). */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Violation(field, message)));
    }

    /** 422: well-formed, but breaks a rule (unknown session type, slot outside the schedule, ...). */
    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(List.of(new Violation(field, message)));
    }

    public static ProblemException unprocessable(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break the rules";
        return new ProblemException(422, ProblemType.VALIDATION_FAILED, detail, List.copyOf(violations));
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
