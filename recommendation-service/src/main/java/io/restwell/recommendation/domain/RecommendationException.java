package io.restwell.recommendation.domain;

import java.util.List;

/**
 * The recommendation service's own failures, one family: what went wrong in the domain's words ({@link Kind});
 * rest/RecommendationProblemMappers answers each kind the same way, and adds the members or headers the few that
 * carry more (fresh slots, a booking limit, the API-key challenge, Retry-After) need.
 */
public abstract class RecommendationException extends RuntimeException {

    /** What went wrong; each kind is one status and problem type. */
    public enum Kind {
        /** Not there, or not the caller's (the same answer for both): 404. */
        NOT_FOUND,
        /** Not possible in the state it is in: 409. */
        CONFLICT,
        /** Changed since the client read it (If-Match): 412. */
        STALE_VERSION,
        /** Malformed or out-of-range fields or headers, each named: 400. */
        INVALID,
        /** Well-formed, but naming what is not on offer, the field named: 422. */
        BROKEN_RULE,
        /** A partner's credentials were refused: 401. */
        UNAUTHORIZED,
        /** A service this one depends on did not answer: 503. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient List<FieldViolation> violations;

    protected RecommendationException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    /** Fields that break a rule: the message names each ({@code field: message; ...}). */
    protected RecommendationException(Kind kind, List<FieldViolation> violations) {
        this(kind, violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"),
                violations, null);
    }

    protected RecommendationException(Kind kind, String message, List<FieldViolation> violations, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    /** The fields refused, each with its message; empty unless the kind is about fields. */
    public List<FieldViolation> violations() {
        return violations;
    }

    /** No suggestion with that id belongs to this person: 404, exactly like an id that does not exist. */
    public static class SuggestionNotFound extends RecommendationException {
        public SuggestionNotFound() {
            super(Kind.NOT_FOUND, "There is no such suggestion of yours.");
        }
    }

    /** No notification with that id belongs to this person: 404, exactly like an id that does not exist. */
    public static class NotificationNotFound extends RecommendationException {
        public NotificationNotFound() {
            super(Kind.NOT_FOUND, "There is no such notification of yours.");
        }
    }

    /** A Last-Event-ID that is not a position of the stream (a whole number from 0): 400 naming the header. */
    public static class InvalidStreamPosition extends RecommendationException {
        private static final String MESSAGE = "must be the id of an event this stream sent: a whole number from 0";

        public InvalidStreamPosition() {
            super(Kind.INVALID, MESSAGE, List.of(new FieldViolation("Last-Event-ID", MESSAGE)), null);
        }
    }

    /** No push subscription with that id belongs to this person: 404, exactly like an id that does not exist. */
    public static class PushSubscriptionNotFound extends RecommendationException {
        public PushSubscriptionNotFound() {
            super(Kind.NOT_FOUND, "There is no such push subscription of yours.");
        }
    }

    /** A push subscription with a malformed endpoint, key or expiration time: 400 naming each field. */
    public static class InvalidPushSubscription extends RecommendationException {
        public InvalidPushSubscription(List<FieldViolation> violations) {
            super(Kind.INVALID, violations);
        }
    }

    /** A person who already has as many push subscriptions as allowed registers another: 409. */
    public static class TooManyPushSubscriptions extends RecommendationException {
        public TooManyPushSubscriptions(int limit) {
            super(Kind.CONFLICT, "You have " + limit + " push subscriptions, the most allowed; delete one you no longer use first.");
        }
    }

    /** No booking with that id is known to belong to this person (booking.events never named it theirs): 404. */
    public static class SessionNotFound extends RecommendationException {
        public SessionNotFound() {
            super(Kind.NOT_FOUND, "There is no such session of yours.");
        }
    }

    /** The person has not reported on that session (or it is not theirs): 404. */
    public static class SessionReportNotFound extends RecommendationException {
        public SessionReportNotFound() {
            super(Kind.NOT_FOUND, "You have not told us about this session yet.");
        }
    }

    /** A session that cannot be reported on in its state (not started yet, cancelled): 409. */
    public static class SessionNotReportable extends RecommendationException {
        public SessionNotReportable(String message) {
            super(Kind.CONFLICT, message);
        }
    }

    /** A session report that breaks a rule (attended missing, relief outside 0–10 or without attending): 400 naming each field. */
    public static class InvalidSessionReport extends RecommendationException {
        public InvalidSessionReport(List<FieldViolation> violations) {
            super(Kind.INVALID, violations);
        }
    }

    /** A routine check that breaks a rule (a malformed or future evening, steps missing): 400 naming each field. */
    public static class InvalidRoutineCheck extends RecommendationException {
        public InvalidRoutineCheck(List<FieldViolation> violations) {
            super(Kind.INVALID, violations);
        }
    }

    /** The person has not checked the routine of that evening: 404. */
    public static class RoutineCheckNotFound extends RecommendationException {
        public RoutineCheckNotFound() {
            super(Kind.NOT_FOUND, "You have not told us which steps of the routine you did that evening.");
        }
    }

    /** The suggestion is no longer open for what was asked (already dismissed, accepted, or advice only): 409. */
    public static class SuggestionClosed extends RecommendationException {
        public SuggestionClosed(String message) {
            super(Kind.CONFLICT, message);
        }
    }

    /** A well-formed accept that names a slot the suggestion does not offer: 422 naming the field. */
    public static class InvalidChoice extends RecommendationException {
        private final String field;

        public InvalidChoice(String field, String message) {
            super(Kind.BROKEN_RULE, message, List.of(new FieldViolation(field, message)), null);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Preferences that break a rule (a coordinate out of range, an unknown time zone...): 400 naming each field. */
    public static class InvalidPreferences extends RecommendationException {
        public InvalidPreferences(List<FieldViolation> violations) {
            super(Kind.INVALID, violations);
        }
    }

    /** The preferences changed since the version the client read (If-Match): 412, read them again. */
    public static class PreferencesChanged extends RecommendationException {
        public PreferencesChanged() {
            super(Kind.STALE_VERSION, "Your preferences changed since you read them (on another device?); read them again and retry.");
        }
    }

    /** The chosen slot went to someone else meanwhile: 409 with the suggestion's fresh slots. */
    public static class SlotTaken extends RecommendationException {
        private final transient List<OfferedSlot> freshSlots;

        public SlotTaken(List<OfferedSlot> freshSlots) {
            super(Kind.CONFLICT, "That slot was just booked by someone else; here are the next open ones");
            this.freshSlots = List.copyOf(freshSlots);
        }

        public List<OfferedSlot> freshSlots() {
            return freshSlots;
        }
    }

    /**
     * booking-service refused because the person already has as many open bookings as it allows
     * ({@code limit} names which: {@code open-booking-limit} or {@code clinic-day-booking-limit}): 409.
     */
    public static class BookingLimitReached extends RecommendationException {
        private final String limit;
        private final int max;
        private final int current;

        public BookingLimitReached(String limit, String message, int max, int current) {
            super(Kind.CONFLICT, message);
            this.limit = limit;
            this.max = max;
            this.current = current;
        }

        public String limit() {
            return limit;
        }

        public int max() {
            return max;
        }

        public int current() {
            return current;
        }
    }

    /** No booking with that id belongs to this person (booking-service said so): 404, exactly like one that does not exist. */
    public static class BookingNotFound extends RecommendationException {
        public BookingNotFound() {
            super(Kind.NOT_FOUND, "There is no such booking of yours.");
        }
    }

    /** A brief can be shared only for a booking that is still to come (booked or arrived): 409 otherwise. */
    public static class BriefNotShareable extends RecommendationException {
        public BriefNotShareable(String message) {
            super(Kind.CONFLICT, message);
        }
    }

    /**
     * A clinic asked for a brief it may not read: none shared, revoked, another clinic's booking, a cancelled booking,
     * or no such booking. All answer the same 404, so a clinic cannot tell which.
     */
    public static class BriefNotFound extends RecommendationException {
        public BriefNotFound() {
            super(Kind.NOT_FOUND, "There is no brief shared with your clinic for this booking.");
        }
    }

    /** booking-service refused the clinic's API key (missing, unknown, revoked, clinic deactivated): 401. */
    public static class PartnerKeyRefused extends RecommendationException {
        public PartnerKeyRefused() {
            super(Kind.UNAUTHORIZED, "A valid clinic API key is required in the X-Api-Key header.");
        }
    }

    /** booking-service did not answer (down, slow, or its circuit is open): 503, try again shortly. */
    public static class BookingUnavailable extends RecommendationException {
        public BookingUnavailable(Throwable cause) {
            this("Booking is unavailable right now; nothing was booked. Try again in a minute.", cause);
        }

        public BookingUnavailable(String message, Throwable cause) {
            super(Kind.UNAVAILABLE, message, List.of(), cause);
        }
    }
}
