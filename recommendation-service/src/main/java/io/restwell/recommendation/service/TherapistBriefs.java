package io.restwell.recommendation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.recommendation.BriefConsent;
import io.restwell.recommendation.BriefRead;
import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.JournalPain;
import io.restwell.recommendation.client.BookingClient;
import io.restwell.recommendation.client.BookingLookups;
import io.restwell.recommendation.client.BookingRefused;
import io.restwell.recommendation.config.BriefConfig;
import io.restwell.recommendation.domain.PainRating;
import io.restwell.recommendation.domain.RecommendationException.BookingNotFound;
import io.restwell.recommendation.domain.RecommendationException.BookingUnavailable;
import io.restwell.recommendation.domain.RecommendationException.BriefNotFound;
import io.restwell.recommendation.domain.RecommendationException.BriefNotShareable;
import io.restwell.recommendation.domain.RecommendationException.PartnerKeyRefused;
import io.restwell.recommendation.domain.TherapistBrief;

/**
 * The consented therapist brief (docs/partners.md, section 6b): a person shares a digest of their last 14 nights and
 * pain with the clinic of one booking, for that booking only, and may revoke it; the clinic reads it with its API key;
 * every read is logged before the brief leaves, and the person sees who read it.
 * <p>
 * This service holds the journal view and the consent, so the health data never goes to booking-service. What only
 * booking-service knows it is asked with the caller's own credentials: whose booking it is (the person's token) and
 * which clinic a key speaks for (the clinic's key, checked there, where keys are hashed; nothing is cached, so a
 * revoked key is refused from the next request).
 */
@ApplicationScoped
public class TherapistBriefs {

    /** A booking still to come, or under way: its brief may be shared. */
    private static final Set<String> SHAREABLE = Set.of("BOOKED", "ARRIVED");
    /** A booking its clinic may still read a shared brief of (not cancelled, and not a hold). */
    private static final Set<String> READABLE = Set.of("BOOKED", "ARRIVED", "COMPLETED", "NO_SHOW");

    /** What the person sees: the consent (null when never shared) and what the clinic would read now. */
    public record Sharing(UUID bookingId, UUID clinicId, BriefConsent consent, TherapistBrief.Digest digest) {
    }

    /** What a clinic reads: the brief of one of its bookings, as of {@code generatedAt}. */
    public record ClinicRead(UUID bookingId, OffsetDateTime generatedAt, TherapistBrief.Digest digest) {
    }

    private final EntityManager entityManager;
    private final BookingLookups lookups;
    private final Outcomes outcomes;
    private final PersonalPreferences preferences;
    private final BriefConfig config;

    TherapistBriefs(EntityManager entityManager, BookingLookups lookups, Outcomes outcomes, PersonalPreferences preferences,
            BriefConfig config) {
        this.entityManager = entityManager;
        this.lookups = lookups;
        this.outcomes = outcomes;
        this.preferences = preferences;
        this.config = config;
    }

    /** Shares the brief of one of the person's coming bookings with its clinic; sharing again changes nothing. */
    public Sharing share(String userId, String authorization, UUID bookingId) {
        BookingClient.Booking booking = ownBooking(authorization, bookingId);
        if (!SHAREABLE.contains(booking.status())) {
            throw new BriefNotShareable("This booking is " + booking.status().toLowerCase().replace('_', ' ')
                    + ": a brief can be shared only for a booking still to come.");
        }
        if (booking.end() == null || !booking.end().isAfter(now())) {
            throw new BriefNotShareable("This session is over: a brief can be shared only for a booking still to come.");
        }
        return inTransaction(() -> {
            BriefConsent consent = record(userId, bookingId, booking.clinicId());
            return new Sharing(bookingId, consent.clinicId, consent, digest(userId));
        });
    }

    /**
     * Shares at booking time, when the person books through this service (accepting a suggestion): the booking was
     * just made as them at that clinic, so booking-service need not be asked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shareNewBooking(String userId, UUID bookingId, UUID clinicId) {
        record(userId, bookingId, clinicId);
    }

    /** Revokes: the clinic's next read answers 404. Revoking twice, or a booking never shared, is harmless. */
    public void revoke(String userId, String authorization, UUID bookingId) {
        boolean held = inTransaction(() -> {
            BriefConsent consent = ownConsent(userId, bookingId);
            if (consent != null) {
                consent.revoke(now());
            }
            return consent != null;
        });
        if (!held) {
            ownBooking(authorization, bookingId); // another person's booking answers 404, not 204
        }
    }

    /** The consent state and what the clinic would read now (whether or not it is shared). */
    public Sharing view(String userId, String authorization, UUID bookingId) {
        BriefConsent consent = inTransaction(() -> ownConsent(userId, bookingId));
        UUID clinicId = consent != null ? consent.clinicId : ownBooking(authorization, bookingId).clinicId();
        return new Sharing(bookingId, clinicId, consent, inTransaction(() -> digest(userId)));
    }

    /** Who read the brief of one of the person's bookings, newest first. */
    public Page<BriefRead> reads(String userId, String authorization, UUID bookingId, int page, int size) {
        if (inTransaction(() -> ownConsent(userId, bookingId)) == null) {
            ownBooking(authorization, bookingId);
            return new Page<>(List.of(), page, size, 0); // never shared: never read
        }
        return inTransaction(() -> {
            List<BriefRead> items = entityManager.createQuery(
                    "from BriefRead where bookingId = :booking order by readAt desc, id", BriefRead.class)
                    .setParameter("booking", bookingId).setFirstResult(page * size).setMaxResults(size).getResultList();
            long total = entityManager.createQuery("select count(*) from BriefRead where bookingId = :booking", Long.class)
                    .setParameter("booking", bookingId).getSingleResult();
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * A clinic's read, with its own API key. No consent, a revoked one, another clinic's booking, a cancelled one, one
     * long over, or no such booking: all the same {@link BriefNotFound}. The read is logged, in the transaction that
     * reads the brief, before anything is answered.
     */
    public ClinicRead readByClinic(String apiKey, UUID bookingId, BriefRead.Format format) {
        BookingClient.PartnerKey key = partnerKey(apiKey);
        if (inTransaction(() -> sharedWith(bookingId, key.clinicId(), false)) == null) {
            throw new BriefNotFound();
        }
        BookingClient.PartnerBooking booking;
        try {
            booking = lookups.partnerBooking(apiKey, bookingId);
        } catch (BookingRefused e) {
            throw e.status() == 401 ? new PartnerKeyRefused() : e.status() == 404 ? new BriefNotFound() : unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        if (!READABLE.contains(booking.status()) || booking.end() == null
                || booking.end().plus(config.readableAfterSession()).isBefore(now())) {
            throw new BriefNotFound();
        }
        return inTransaction(() -> {
            // read again under a share lock: a revocation committed meanwhile wins, one in flight waits for this read
            BriefConsent consent = sharedWith(bookingId, key.clinicId(), true);
            if (consent == null) {
                throw new BriefNotFound();
            }
            BriefRead read = new BriefRead();
            read.id = UUID.randomUUID();
            read.bookingId = bookingId;
            read.clinicId = key.clinicId();
            read.keyId = key.keyId();
            read.keyPrefix = key.keyPrefix();
            read.format = format;
            read.readAt = now();
            entityManager.persist(read);
            return new ClinicRead(bookingId, read.readAt, digest(consent.userId));
        });
    }

    private BriefConsent record(String userId, UUID bookingId, UUID clinicId) {
        // concurrent shares of one booking meet in the primary key; the first one's time stays
        entityManager.createNativeQuery("""
                insert into brief_consent (booking_id, user_id, clinic_id, shared_at) values (:booking, :user, :clinic, :now)
                on conflict (booking_id) do nothing""")
                .setParameter("booking", bookingId).setParameter("user", userId).setParameter("clinic", clinicId)
                .setParameter("now", now()).executeUpdate();
        BriefConsent consent = ownConsent(userId, bookingId);
        if (consent == null) {
            throw new BookingNotFound(); // the booking id is another person's consent: never theirs to share
        }
        consent.share(now());
        return consent;
    }

    private BriefConsent ownConsent(String userId, UUID bookingId) {
        return entityManager.createQuery("from BriefConsent where bookingId = :booking and userId = :user", BriefConsent.class)
                .setParameter("booking", bookingId).setParameter("user", userId).getResultStream().findFirst().orElse(null);
    }

    private BriefConsent sharedWith(UUID bookingId, UUID clinicId, boolean lock) {
        var query = entityManager.createQuery(
                "from BriefConsent where bookingId = :booking and clinicId = :clinic and revokedAt is null", BriefConsent.class)
                .setParameter("booking", bookingId).setParameter("clinic", clinicId);
        if (lock) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    /** The brief as of today on the person's own clock (their time zone, else their journal's, else UTC). */
    private TherapistBrief.Digest digest(String userId) {
        ZoneId zone = preferences.of(userId).zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate from = TherapistBrief.firstDay(today);
        List<TherapistBrief.BriefNight> nights = entityManager.createQuery(
                "from JournalNight where userId = :user and night >= :from", JournalNight.class)
                .setParameter("user", userId).setParameter("from", from).getResultStream()
                .map(n -> new TherapistBrief.BriefNight(n.night, n.totalSleepMinutes, n.sleepEfficiency, n.sleepLatencyMinutes,
                        n.quality == null ? null : n.quality.intValue()))
                .toList();
        // a day's margin: the rating's own clock decides (TherapistBrief), and offsets reach 14 hours
        OffsetDateTime since = from.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<PainRating> pain = entityManager.createQuery(
                "from JournalPain where userId = :user and recordedAt >= :since", JournalPain.class)
                .setParameter("user", userId).setParameter("since", since).getResultStream()
                .map(p -> new PainRating(p.entryId.toString(),
                        p.recordedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(p.recordedAtOffsetSeconds)), p.intensity,
                        p.location, p.character, p.chronic, p.stressRelated, p.disturbedSleep,
                        p.redFlags == null ? null : p.redFlags.isEmpty() ? List.of() : Arrays.asList(p.redFlags.split(","))))
                .toList();
        List<TherapistBrief.PastSessions> past = outcomes.of(userId).averages().stream()
                .map(o -> new TherapistBrief.PastSessions(o.sessionType(), o.sessions(), o.averageEfficiencyChange(),
                        o.averagePainChange()))
                .toList();
        return TherapistBrief.of(today, nights, pain, past);
    }

    private BookingClient.Booking ownBooking(String authorization, UUID bookingId) {
        try {
            return lookups.personsBooking(authorization, bookingId);
        } catch (BookingRefused e) {
            if (e.status() == 404 || e.status() == 403) {
                throw new BookingNotFound();
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private BookingClient.PartnerKey partnerKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new PartnerKeyRefused();
        }
        try {
            return lookups.partnerKey(apiKey.strip());
        } catch (BookingRefused e) {
            if (e.status() == 401) {
                throw new PartnerKeyRefused();
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static BookingUnavailable unavailable(RuntimeException cause) {
        return new BookingUnavailable("Booking, which tells whose booking this is and checks clinic keys, is unavailable right "
                + "now; nothing was shared or read. Try again in a minute.", cause);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
