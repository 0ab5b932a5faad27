package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a booking's life, with no framework:
 * <ul>
 * <li>the person cancels a {@code BOOKED} booking for free until {@code freeUntilBeforeStart} before its
 * start; later, until the start, it becomes {@code LATE_CANCELLED}; after the start it cannot be cancelled;</li>
 * <li>the person reschedules only while cancelling would still be free (else moving a late booking far
 * away and then cancelling it would dodge the policy), and only to a therapist of the same clinic (the
 * booking is that clinic's business: its partner API, webhooks and books; another clinic is a new booking);</li>
 * <li>the clinic marks {@code ARRIVED} (from an hour before the start), {@code COMPLETED} and
 * {@code NO_SHOW} (both only once the session has started);</li>
 * <li>the clinic cancels a {@code BOOKED} booking until its start, always as {@code CANCELLED}: a
 * cancellation by the clinic never costs the person anything.</li>
 * </ul>
 */
public final class BookingPolicy {

    /** How early before the start a clinic may mark a person as arrived. */
    static final Duration ARRIVAL_WINDOW = Duration.ofHours(1);

    private final Duration freeUntilBeforeStart;

    public BookingPolicy(Duration freeUntilBeforeStart) {
        this.freeUntilBeforeStart = freeUntilBeforeStart;
    }

    /** The status a cancellation at {@code now} leads to. */
    public BookingStatus cancel(BookingStatus current, Instant start, Instant now) {
        if (current != BookingStatus.BOOKED) {
            throw new BookingRuleViolation("A " + current + " booking cannot be cancelled.");
        }
        if (!now.isBefore(start)) {
            throw new BookingRuleViolation("The session has started; it can no longer be cancelled.");
        }
        return isFreeToChange(start, now) ? BookingStatus.CANCELLED : BookingStatus.LATE_CANCELLED;
    }

    /** The status a cancellation by the clinic at {@code now} leads to: always {@code CANCELLED}. */
    public BookingStatus clinicCancel(BookingStatus current, Instant start, Instant now) {
        if (current != BookingStatus.BOOKED) {
            throw new BookingRuleViolation("A " + current + " booking cannot be cancelled.");
        }
        if (!now.isBefore(start)) {
            throw new BookingRuleViolation("The session has started; mark it COMPLETED or NO_SHOW instead of cancelling.");
        }
        return BookingStatus.CANCELLED;
    }

    public void checkReschedule(BookingStatus current, Instant start, Instant now) {
        if (current != BookingStatus.BOOKED) {
            throw new BookingRuleViolation("A " + current + " booking cannot be rescheduled.");
        }
        if (!isFreeToChange(start, now)) {
            throw new BookingRuleViolation("Less than " + hours() + " h before the start a booking can only be "
                    + "cancelled (as a late cancellation), not rescheduled.");
        }
    }

    /** A booking moves only within its clinic: another clinic's therapist breaks the rule (the field {@code therapistId}). */
    public void checkRescheduleTarget(UUID bookingClinicId, UUID targetClinicId) {
        if (!bookingClinicId.equals(targetClinicId)) {
            throw BookingException.brokenRule("therapistId", "works at another clinic; a booking moves only within its "
                    + "clinic: cancel it and book at the other clinic instead");
        }
    }

    /** Checks a clinic-side change ({@code ARRIVED}, {@code COMPLETED}, {@code NO_SHOW}) and returns the target. */
    public BookingStatus clinicChange(BookingStatus current, BookingStatus target, Instant start, Instant now) {
        Set<BookingStatus> from = switch (target) {
            case ARRIVED -> Set.of(BookingStatus.BOOKED);
            case COMPLETED -> Set.of(BookingStatus.BOOKED, BookingStatus.ARRIVED);
            case NO_SHOW -> Set.of(BookingStatus.BOOKED);
            default -> throw new IllegalArgumentException("a clinic sets ARRIVED, COMPLETED or NO_SHOW, not " + target);
        };
        if (!from.contains(current)) {
            throw new BookingRuleViolation("A " + current + " booking cannot become " + target + ".");
        }
        Instant earliest = target == BookingStatus.ARRIVED ? start.minus(ARRIVAL_WINDOW) : start;
        if (now.isBefore(earliest)) {
            throw new BookingRuleViolation(target + " is possible from " + earliest + " on.");
        }
        return target;
    }

    private boolean isFreeToChange(Instant start, Instant now) {
        return !now.isAfter(start.minus(freeUntilBeforeStart));
    }

    private long hours() {
        return freeUntilBeforeStart.toHours();
    }
}
