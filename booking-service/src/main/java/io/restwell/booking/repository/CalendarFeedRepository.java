package io.restwell.booking.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.Booking;
import io.restwell.booking.CalendarFeed;
import io.restwell.booking.domain.BookingStatus;

/** Calendar feeds, scoped to their clinic, and the bookings a feed shows. */
@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    /** What a feed shows: bookings that took or took back a therapist's time; holds never. */
    private static final List<BookingStatus> SHOWN = List.of(BookingStatus.BOOKED, BookingStatus.ARRIVED,
            BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED);

    public List<CalendarFeed> ofClinic(UUID clinicId) {
        return list("clinicId", Sort.by("createdAt").and("id"), clinicId);
    }

    public CalendarFeed inClinic(UUID clinicId, UUID feedId) {
        return find("id = :id and clinicId = :clinic", Parameters.with("id", feedId).and("clinic", clinicId)).firstResult();
    }

    /** The clinic's feed of this therapist, or its clinic-wide feed when {@code therapistId} is null. */
    public CalendarFeed ofOwner(UUID clinicId, UUID therapistId) {
        return therapistId == null
                ? find("clinicId = ?1 and therapistId is null", clinicId).firstResult()
                : find("clinicId = ?1 and therapistId = ?2", clinicId, therapistId).firstResult();
    }

    public CalendarFeed bySecretPrefix(String prefix) {
        return find("secretPrefix", prefix).firstResult();
    }

    /** The feed's bookings that end after {@code since}, by start, at most {@code limit}. */
    public List<Booking> bookingsOf(CalendarFeed feed, Instant since, int limit) {
        var query = getEntityManager().createQuery("from Booking b join fetch b.sessionType"
                        + " where b.clinicId = :clinic and b.status in :statuses and b.endAt > :since"
                        + (feed.therapistId == null ? "" : " and b.therapistId = :therapist")
                        + " order by b.startAt, b.id", Booking.class)
                .setParameter("clinic", feed.clinicId)
                .setParameter("statuses", SHOWN)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit);
        if (feed.therapistId != null) {
            query.setParameter("therapist", feed.therapistId);
        }
        return query.getResultList();
    }
}
