package io.restwell.recommendation.service;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.events.EventTypes;
import io.restwell.events.booking.BookingEvent;
import io.restwell.recommendation.config.NotificationConfig;
import io.restwell.recommendation.domain.BookingNote;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.ReminderSchedule;

/**
 * What a booking event tells the person: confirmed, cancelled (with the reason), moved; and the reminders
 * and morning check-in it schedules (domain/ReminderSchedule), replaced on a reschedule and dropped on a
 * cancellation or no-show. Runs in the transaction that records the event as processed.
 */
@ApplicationScoped
public class BookingNotices {

    private final EntityManager entityManager;
    private final Inbox inbox;
    private final PersonalPreferences preferences;
    private final NotificationConfig config;

    BookingNotices(EntityManager entityManager, Inbox inbox, PersonalPreferences preferences, NotificationConfig config) {
        this.entityManager = entityManager;
        this.inbox = inbox;
        this.preferences = preferences;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String eventId, String type, BookingEvent event) {
        BookingNote booking = note(event);
        String cause = "booking-event:" + eventId;
        switch (type) {
            case EventTypes.BOOKING_CREATED -> {
                inbox.add(event.userId(), cause, Notice.bookingConfirmed(booking));
                schedule(event.userId(), booking);
            }
            case EventTypes.BOOKING_CANCELLED -> {
                inbox.add(event.userId(), cause, Notice.bookingCancelled(booking));
                unschedule(booking.bookingId());
            }
            case EventTypes.BOOKING_RESCHEDULED -> {
                inbox.add(event.userId(), cause, Notice.bookingRescheduled(booking));
                unschedule(booking.bookingId());
                schedule(event.userId(), booking);
            }
            case EventTypes.BOOKING_NO_SHOW -> unschedule(booking.bookingId());
            default -> {
                // completed: the check-in already waits for the morning after
            }
        }
    }

    private void schedule(String userId, BookingNote booking) {
        ZoneId zone = preferences.of(userId).zone();
        for (ReminderSchedule.Due due : ReminderSchedule.of(booking, zone, LocalTime.of(config.morningHour(), 0), Instant.now())) {
            entityManager.createNativeQuery("""
                    insert into notification_due (booking_id, kind, user_id, due_at, cause_key, booking)
                    values (:booking, :kind, :user, :at, :cause, cast(:note as jsonb))
                    on conflict (booking_id, kind) do update set due_at = excluded.due_at, cause_key = excluded.cause_key,
                        booking = excluded.booking""")
                    .setParameter("booking", booking.bookingId()).setParameter("kind", due.kind().name())
                    .setParameter("user", userId).setParameter("at", due.at().atOffset(ZoneOffset.UTC))
                    // a moved session is reminded of afresh; the same session never twice
                    .setParameter("cause", due.kind().name() + ":" + booking.bookingId() + ":" + booking.start().toEpochSecond())
                    .setParameter("note", inbox.write(booking)).executeUpdate();
        }
    }

    private void unschedule(UUID bookingId) {
        entityManager.createNativeQuery("delete from notification_due where booking_id = :booking")
                .setParameter("booking", bookingId).executeUpdate();
    }

    static BookingNote note(BookingEvent event) {
        return new BookingNote(UUID.fromString(event.bookingId()), uuid(event.clinicId()), uuid(event.therapistId()),
                event.sessionType(), event.start(), event.end(), event.status(), event.reason(), event.previousStart());
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

}
