package io.restwell.recommendation.client;

import java.util.Map;
import java.util.Set;

/**
 * booking-service answered and said no (a 4xx or 5xx status): not a transport failure, so never
 * retried and never counted by the circuit breaker. Use cases see this instead of JAX-RS types.
 * {@code problem} is booking's RFC 9457 body when it sent one (empty otherwise).
 */
public class BookingRefused extends RuntimeException {

    /** booking-service's problem types for a person's booking limits (its domain/BookingLimits). */
    private static final Set<String> LIMITS = Set.of("open-booking-limit", "clinic-day-booking-limit");

    private final int status;
    private final transient Map<String, Object> problem;

    public BookingRefused(int status, Map<String, Object> problem, Throwable cause) {
        super("booking-service answered HTTP " + status, cause);
        this.status = status;
        this.problem = problem == null ? Map.of() : Map.copyOf(problem);
    }

    public int status() {
        return status;
    }

    /** The person already holds as many open bookings as booking-service allows: the slot itself may be free. */
    public boolean limitReached() {
        return status == 409 && LIMITS.contains(slug());
    }

    /** The slot went to someone else (409, and not a booking limit). */
    public boolean slotTaken() {
        return status == 409 && !limitReached();
    }

    /** The last part of the problem's type, e.g. {@code clinic-day-booking-limit} ("" without a problem). */
    public String slug() {
        Object type = problem.get("type");
        return type == null ? "" : type.toString().substring(type.toString().lastIndexOf('/') + 1);
    }

    public String detail() {
        Object detail = problem.get("detail");
        return detail == null ? "" : detail.toString();
    }

    /** An integer member of the problem (e.g. {@code limit}), or -1. */
    public int member(String name) {
        return problem.get(name) instanceof Number number ? number.intValue() : -1;
    }
}
