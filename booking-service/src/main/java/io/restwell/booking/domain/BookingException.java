package io.restwell.booking.domain;

import java.util.List;

/**
 * booking-service's own failures, one family: what went wrong in the domain's words ({@link Kind}),
 * never an HTTP status. rest/BookingProblemMappers answers each kind with its problem.
 */
public class BookingException extends RuntimeException {

    /** What kind of failure: the one thing rest/ needs to choose a status. */
    public enum Kind {
        /** Nothing of that id (or not the caller's, which answers the same). */
        NOT_FOUND,
        /** The state does not allow it now, or someone else changed it first. */
        CONFLICT,
        /** The caller edited a version that is no longer current. */
        STALE_VERSION,
        /** An input that cannot be read (a bad date, an unknown code format). */
        MALFORMED,
        /** An input of the wrong shape (missing, too long, out of range). */
        INVALID,
        /** Well-formed, but breaks a rule (unknown session type, a slot outside the schedule, ...). */
        BROKEN_RULE
    }

    public record Violation(String field, String message) {
    }

    private final Kind kind;
    private final List<Violation> violations;

    public BookingException(Kind kind, String detail, List<Violation> violations) {
        super(detail, null, false, false); // expected outcomes: no stack trace to fill
        this.kind = kind;
        this.violations = violations;
    }

    public static BookingException notFound(String detail) {
        return new BookingException(Kind.NOT_FOUND, detail, null);
    }

    public static BookingException conflict(String detail) {
        return new BookingException(Kind.CONFLICT, detail, null);
    }

    public static BookingException staleVersion(String detail) {
        return new BookingException(Kind.STALE_VERSION, detail, null);
    }

    /** A required or badly formed input, named by {@code field}. */
    public static BookingException malformed(String field, String message) {
        return new BookingException(Kind.MALFORMED, field + ": " + message, List.of(new Violation(field, message)));
    }

    /** A failure of the request's shape (missing, too long, out of range), named by {@code field}. */
    public static BookingException invalid(String field, String message) {
        return new BookingException(Kind.INVALID, field + ": " + message, List.of(new Violation(field, message)));
    }

    /** Well-formed, but breaks a rule. */
    public static BookingException brokenRule(String field, String message) {
        return brokenRules(List.of(new Violation(field, message)));
    }

    public static BookingException brokenRules(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break the rules";
        return new BookingException(Kind.BROKEN_RULE, detail, List.copyOf(violations));
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
