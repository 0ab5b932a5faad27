package io.restwell.booking.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.restwell.booking.Booking;
import io.restwell.booking.mapping.EventMapper;
import io.restwell.booking.webhook.WebhookOutbox;
import io.restwell.events.booking.BookingEvent;
import io.restwell.platform.outbox.Outbox;

/**
 * A booking change told to the platform and to its clinic: the event joins the change's transaction
 * (published exactly when it commits), and the clinic's webhook deliveries of it are queued with it
 * (sent later, by webhook/WebhookDispatcher).
 */
@ApplicationScoped
class BookingEvents {

    private final Outbox outbox;
    private final WebhookOutbox webhooks;

    BookingEvents(Outbox outbox, WebhookOutbox webhooks) {
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    void publish(String type, Booking booking) {
        publish(type, booking, null, null, null);
    }

    /** A reschedule also says where the booking was. */
    void publish(String type, Booking booking, OffsetDateTime previousStart, OffsetDateTime previousEnd,
            UUID previousTherapist) {
        BookingEvent event = EventMapper.toEvent(booking, previousStart, previousEnd, previousTherapist, booking.updatedAt);
        UUID eventId = outbox.append(type, booking.userId, booking.id.toString(), event);
        webhooks.enqueue(eventId, type, booking.clinicId, booking.id, event, booking.updatedAt);
    }
}
