package io.restwell.recommendation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.restwell.recommendation.domain.RecommendationException.InvalidSessionReport;

/**
 * What a person says about a session they booked, usually the morning after: whether they went and, if they
 * did, how much it relieved their pain, from 0 (not at all) to 10 (completely). And the rule that decides
 * whether a session counts as attended: the clinic's mark wins; without one, the person's word.
 *
 * @param relief 0–10 when they went; null when they did not
 */
public record SessionReport(boolean attended, Integer relief) {

    public static final int MIN_RELIEF = 0;
    public static final int MAX_RELIEF = 10;

    /** The booking statuses (booking-service's) that mean the session did not take place. */
    private static final List<String> CANCELLED = List.of("CANCELLED", "LATE_CANCELLED");

    /** A report as the person sent it; a broken rule is an {@link InvalidSessionReport} naming each field. */
    public static SessionReport of(Boolean attended, Integer relief) {
        List<FieldViolation> violations = new ArrayList<>();
        if (attended == null) {
            violations.add(new FieldViolation("attended", "is required: true if you went to the session, false if not"));
        }
        if (relief != null && (relief < MIN_RELIEF || relief > MAX_RELIEF)) {
            violations.add(new FieldViolation("relief", "must be a whole number from 0 (no relief) to 10 (complete relief)"));
        } else if (Boolean.TRUE.equals(attended) && relief == null) {
            violations.add(new FieldViolation("relief", "is required when attended is true: from 0 (no relief) to 10 (complete relief)"));
        } else if (Boolean.FALSE.equals(attended) && relief != null) {
            violations.add(new FieldViolation("relief", "must be left out when attended is false: a session you missed relieved nothing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSessionReport(violations);
        }
        return new SessionReport(attended, relief);
    }

    /**
     * Whether a session counts as attended. The clinic's mark wins both ways: {@code COMPLETED} counts whatever the
     * person said, {@code NO_SHOW} does not; a cancelled session never does. Otherwise (the clinic has marked
     * nothing) it counts when the person said they went.
     *
     * @param bookingStatus booking-service's latest status of the booking
     * @param report        the person's report; null when they gave none
     */
    public static boolean countsAsAttended(String bookingStatus, SessionReport report) {
        if ("COMPLETED".equals(bookingStatus)) {
            return true;
        }
        if ("NO_SHOW".equals(bookingStatus) || CANCELLED.contains(bookingStatus)) {
            return false;
        }
        return report != null && report.attended();
    }

    /** The relief that counts for the insights: reported by the person for a session that counts as attended. */
    public static Optional<Integer> countedRelief(String bookingStatus, SessionReport report) {
        return countsAsAttended(bookingStatus, report) && report != null && report.attended()
                ? Optional.of(report.relief()) : Optional.empty();
    }

    /**
     * Why a booking cannot be reported on, if it cannot: a cancelled session did not take place, and one that has
     * not started cannot be judged yet.
     */
    public static Optional<String> refusal(String bookingStatus, Instant start, Instant now) {
        if (CANCELLED.contains(bookingStatus)) {
            return Optional.of("This session was cancelled, so there is nothing to report about it.");
        }
        if (start.isAfter(now)) {
            return Optional.of("This session has not started yet; tell us how it went afterwards.");
        }
        return Optional.empty();
    }
}
