package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.Booking;
import io.restwell.booking.CalendarFeed;
import io.restwell.booking.Clinic;
import io.restwell.booking.Therapist;
import io.restwell.booking.config.PartnerConfig;
import io.restwell.booking.domain.ApiKeys;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.repository.CalendarFeedRepository;
import io.restwell.booking.repository.ClinicRepository;
import io.restwell.booking.repository.TherapistRepository;

/**
 * Private calendar feeds of a clinic's bookings: one per therapist and one for the clinic. The secret in a
 * feed's URL is shown once, kept as a hash (domain/ApiKeys) and replaced by a rotation, after which the old
 * URL answers 404 like one that never existed.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** Every feed secret starts with this; the rest is 40 random base62 characters. */
    public static final String SECRET_PREFIX = "rw_cal_";

    /** A feed with its new secret, which exists only in this answer. */
    public record Issued(CalendarFeed feed, String secret) {
    }

    /** What a feed shows, read in one transaction. */
    public record Contents(CalendarFeed feed, Clinic clinic, Map<UUID, String> therapistNames, List<Booking> bookings,
            Instant now) {
    }

    private final CalendarFeedRepository feeds;
    private final ClinicRepository clinics;
    private final TherapistRepository therapists;
    private final PartnerConfig config;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, ClinicRepository clinics, TherapistRepository therapists,
            PartnerConfig config, Clock clock) {
        this.feeds = feeds;
        this.clinics = clinics;
        this.therapists = therapists;
        this.config = config;
        this.clock = clock;
    }

    /** A new feed of the therapist, or of the whole clinic when {@code therapistId} is null. */
    @Transactional
    public Issued issue(UUID clinicId, UUID therapistId) {
        if (therapistId != null && therapists.findInClinic(clinicId, therapistId) == null) {
            throw BookingException.brokenRule("therapistId", "is not a therapist of this clinic");
        }
        CalendarFeed existing = feeds.ofOwner(clinicId, therapistId);
        if (existing != null) {
            throw BookingException.conflict("Calendar feed " + existing.id + " already exists for "
                    + (therapistId == null ? "the clinic" : "therapist " + therapistId)
                    + ": rotate its secret (POST /api/v1/partner/calendar-feeds/" + existing.id + "/secret) for a new URL.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.clinicId = clinicId;
        feed.therapistId = therapistId;
        feed.createdAt = now;
        String secret = newSecret(feed, now);
        feeds.persist(feed);
        return new Issued(feed, secret);
    }

    @Transactional
    public List<CalendarFeed> list(UUID clinicId) {
        return feeds.ofClinic(clinicId);
    }

    @Transactional
    public CalendarFeed get(UUID clinicId, UUID feedId) {
        CalendarFeed feed = feeds.inClinic(clinicId, feedId);
        if (feed == null) {
            throw BookingException.notFound("No calendar feed " + feedId + " at this clinic.");
        }
        return feed;
    }

    /** A new secret: the old URL answers 404 from this commit on. */
    @Transactional
    public Issued rotate(UUID clinicId, UUID feedId) {
        CalendarFeed feed = get(clinicId, feedId);
        return new Issued(feed, newSecret(feed, OffsetDateTime.now(clock)));
    }

    @Transactional
    public void delete(UUID clinicId, UUID feedId) {
        feeds.delete(get(clinicId, feedId));
    }

    /**
     * The feed behind a secret. Anything but the current secret of a feed of an active clinic answers the same
     * 404, which names no feed; the stored hash is compared in constant time.
     */
    @Transactional
    public Contents read(String secret) {
        if (!ApiKeys.wellFormed(secret) || !secret.startsWith(SECRET_PREFIX)) {
            throw noSuchFeed();
        }
        CalendarFeed feed = feeds.bySecretPrefix(ApiKeys.lookupPrefix(secret));
        if (feed == null || !ApiKeys.matches(secret, feed.secretHash)) {
            throw noSuchFeed();
        }
        Clinic clinic = clinics.findById(feed.clinicId);
        if (clinic == null || !clinic.active) {
            throw noSuchFeed();
        }
        Instant now = clock.instant();
        List<Booking> bookings = feeds.bookingsOf(feed, now.minus(config.calendarFeeds().past()),
                config.calendarFeeds().maxEvents());
        Map<UUID, String> names = therapists.list("clinic.id", clinic.id).stream()
                .collect(Collectors.toMap(therapist -> therapist.id, (Therapist therapist) -> therapist.name));
        return new Contents(feed, clinic, names, bookings, now);
    }

    private String newSecret(CalendarFeed feed, OffsetDateTime now) {
        ApiKeys.Issued issued;
        do {
            issued = ApiKeys.issue(SECRET_PREFIX);
        } while (feeds.bySecretPrefix(issued.lookupPrefix()) != null); // 62^8 prefixes: a repeat is all but impossible
        feed.useSecret(issued.lookupPrefix(), issued.hash(), now);
        return issued.key();
    }

    private static BookingException noSuchFeed() {
        return BookingException.notFound("No such calendar feed: the URL is wrong, or its secret was rotated.");
    }
}
