package io.restwell.booking.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a person asks of their bookings, in the domain's words (rest/ builds these from requests). */
public final class BookingCommands {

    private BookingCommands() {
    }

    /** Book a therapist's open slot; {@code durationMinutes} null means the session type's default. */
    public record Book(UUID therapistId, String sessionType, OffsetDateTime start, Integer durationMinutes, String notes) {
    }

    /** The clinic books a slot for a client of its own (phone, front desk); email and phone may be null. */
    public record FrontDeskBook(UUID therapistId, String sessionType, OffsetDateTime start, Integer durationMinutes, String notes,
            String clientName, String clientEmail, String clientPhone) {
    }

    /** Move a booking; a null therapist or duration keeps the booking's own. */
    public record Reschedule(OffsetDateTime start, UUID therapistId, Integer durationMinutes) {
    }
}
