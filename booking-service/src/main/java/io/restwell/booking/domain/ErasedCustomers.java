package io.restwell.booking.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What booking-service keeps of a person who erased their data: each booking's time, therapist, session
 * type, price and status (slot occupancy and the clinic's books), but not who it was.
 *
 * <p>The user id of each booking becomes {@code erased-} + a random UUID, a new one per booking. Not a
 * hash or HMAC of the user id: anyone holding the id (and the key, kept in the same database) could
 * compute it again and find the person's bookings; a random value has no way back. And not one value
 * per person: the erased person's bookings must not even be linkable to each other. Clinics lose the
 * "returning customer" link for them, which their books do not need.
 */
public final class ErasedCustomers {

    public static final String PREFIX = "erased-";

    /**
     * How far the erasure reaches past the moment it names: the journal's clock and this service's may
     * differ a little, and a booking made just before the erasure must not escape it. Replayed erasure
     * events (Kafka keeps them for 7 days) still never reach a fresh start made later than this.
     */
    public static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private ErasedCustomers() {
    }

    /** The untraceable stand-in for the person on one of their bookings. */
    public static String newId() {
        return PREFIX + UUID.randomUUID();
    }

    /** The latest creation time of what the erasure of {@code erasedAt} removes. */
    public static OffsetDateTime reachesUntil(OffsetDateTime erasedAt) {
        return erasedAt.plus(CLOCK_MARGIN);
    }

    /**
     * A reason the person wrote goes with them; one the clinic wrote (its therapist fell ill) is the
     * clinic's own record and stays.
     */
    public static boolean keepsCancellationReason(String cancelledBy) {
        return "CLINIC".equals(cancelledBy);
    }
}
