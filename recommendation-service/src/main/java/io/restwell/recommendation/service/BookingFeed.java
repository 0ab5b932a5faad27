package io.restwell.recommendation.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.events.EventTypes;
import io.restwell.events.booking.BookingEvent;
import io.restwell.platform.defaults.messaging.IncomingEvents.IncomingEvent;

/**
 * Applies booking.events once per event: remembers each person's bookings (service/SessionReports) and the
 * sessions they completed, to learn what works, and tells the person what happened to their bookings
 * (service/BookingNotices).
 */
@ApplicationScoped
public class BookingFeed {

    private static final Set<String> BOOKING_EVENTS = Set.of(EventTypes.BOOKING_CREATED, EventTypes.BOOKING_CANCELLED,
            EventTypes.BOOKING_RESCHEDULED, EventTypes.BOOKING_COMPLETED, EventTypes.BOOKING_NO_SHOW);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ErasedPeople erased;
    private final BookingNotices notices;
    private final SessionReports sessions;

    BookingFeed(EntityManager entityManager, ObjectMapper json, ErasedPeople erased, BookingNotices notices, SessionReports sessions) {
        this.entityManager = entityManager;
        this.json = json;
        this.erased = erased;
        this.notices = notices;
        this.sessions = sessions;
    }

    /**
     * Applies one checked event (from booking-service, about the person its key names). A booking event
     * written before the person erased their data is recorded and dropped: it must not bring them back.
     *
     * @return false when the event had been applied before (a redelivery)
     */
    @Transactional
    public boolean apply(IncomingEvent event) {
        int fresh = entityManager.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (:id, now()) on conflict do nothing")
                .setParameter("id", event.id()).executeUpdate();
        if (fresh == 0 || !BOOKING_EVENTS.contains(event.type()) || erased.erasedSince(event.userId(), event.time())) {
            return fresh > 0;
        }
        BookingEvent booking;
        try {
            booking = json.readValue(event.data(), BookingEvent.class);
        } catch (JsonProcessingException e) {
            throw new JournalFeed.UnreadableEvent("unreadable BookingEvent: " + e.getMessage(), e);
        }
        notices.apply(event.id(), event.type(), booking);
        sessions.record(booking);
        if (!EventTypes.BOOKING_COMPLETED.equals(event.type())) {
            return true;
        }
        entityManager.createNativeQuery("""
                insert into completed_session (booking_id, user_id, session_type, session_date)
                values (cast(:booking as uuid), :user, :type, :day) on conflict do nothing""")
                .setParameter("booking", booking.bookingId()).setParameter("user", booking.userId())
                .setParameter("type", booking.sessionType()).setParameter("day", booking.start().toLocalDate())
                .executeUpdate();
        return true;
    }
}
