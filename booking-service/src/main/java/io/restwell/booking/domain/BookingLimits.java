package io.restwell.booking.domain;

/**
 * How many open future bookings one person may have, so nobody can hoard a clinic's inventory (OWASP
 * API6: a script booking every slot for weeks and cancelling for free a day before). "Open" means it
 * still keeps a therapist's time ahead: a {@code BOOKED} booking that has not started and a live hold
 * ({@code HELD}, not expired). Past, arrived, completed, cancelled and expired rows do not count.
 * <ul>
 * <li>{@code maxOpen} overall, across every clinic;</li>
 * <li>{@code maxPerClinicDay} at one clinic on one clinic-local day.</li>
 * </ul>
 * Counts are of the person's <em>other</em> open rows: a hold becoming its booking, or a booking moving,
 * does not count itself.
 */
public record BookingLimits(int maxOpen, int maxPerClinicDay) {

    /** Which limit was reached; {@link #slug} is the problem type's slug. */
    public enum Limit {
        OPEN_BOOKINGS("open-booking-limit"),
        CLINIC_DAY("clinic-day-booking-limit");

        public final String slug;

        Limit(String slug) {
            this.slug = slug;
        }
    }

    public BookingLimits {
        if (maxOpen < 1 || maxPerClinicDay < 1) {
            throw new IllegalArgumentException("booking limits must be at least 1");
        }
    }

    /**
     * A new booking or hold (or a hold becoming a booking) may be added to what the person holds.
     *
     * @param open the person's other open bookings and live holds
     * @param openAtClinicThatDay those of them at the same clinic on the same clinic-local day
     */
    public void checkNew(long open, long openAtClinicThatDay) {
        if (open >= maxOpen) {
            throw new LimitReached(Limit.OPEN_BOOKINGS, maxOpen, open, "You have " + open + " open bookings and holds "
                    + "(the most is " + maxOpen + "): cancel one, release a hold, or wait until one has taken place.");
        }
        checkDay(openAtClinicThatDay);
    }

    /**
     * A booking may move to a clinic-local day on which the person has {@code openAtClinicThatDay} other
     * open bookings or holds at its clinic: moving never adds to the overall count, but it must not
     * stack a day past its limit.
     */
    public void checkMove(long openAtClinicThatDay) {
        checkDay(openAtClinicThatDay);
    }

    private void checkDay(long openAtClinicThatDay) {
        if (openAtClinicThatDay >= maxPerClinicDay) {
            throw new LimitReached(Limit.CLINIC_DAY, maxPerClinicDay, openAtClinicThatDay, "You have "
                    + openAtClinicThatDay + " open booking(s) or hold(s) at this clinic on that day (the most is "
                    + maxPerClinicDay + "): pick another day, or cancel or release the other one first.");
        }
    }

    /** The person holds as many as the limit allows: a conflict with their own bookings, not a rate. */
    public static final class LimitReached extends BookingException {

        private final Limit limit;
        private final int max;
        private final long current;

        LimitReached(Limit limit, int max, long current, String detail) {
            super(Kind.CONFLICT, detail, null);
            this.limit = limit;
            this.max = max;
            this.current = current;
        }

        public Limit limit() {
            return limit;
        }

        public int max() {
            return max;
        }

        public long current() {
            return current;
        }
    }
}
