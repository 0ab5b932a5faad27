package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restwell.events.EventTypes;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.outbox.Outbox;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.client.BookingClient;
import io.restwell.recommendation.client.BookingRefused;
import io.restwell.recommendation.client.Bookings;
import io.restwell.recommendation.domain.OfferedSlot;
import io.restwell.recommendation.domain.RecommendationException.BookingUnavailable;
import io.restwell.recommendation.domain.RecommendationException.InvalidChoice;
import io.restwell.recommendation.domain.RecommendationException.BookingLimitReached;
import io.restwell.recommendation.domain.RecommendationException.SlotTaken;
import io.restwell.recommendation.domain.RecommendationException.SuggestionClosed;
import io.restwell.recommendation.domain.RecommendationException.SuggestionNotFound;
import io.restwell.recommendation.mapping.RecommendationEvents;
import io.restwell.recommendation.mapping.RecommendationMapper;
import io.restwell.recommendation.repository.RecommendationRepository;

/**
 * What a person does with a suggestion: read it, dismiss it (which starts the cooldown), or accept
 * one of its slots, which books it in booking-service.
 */
@ApplicationScoped
public class Decisions {

    private final RecommendationRepository recommendations;
    private final Bookings bookings;
    private final SuitableSlots suitableSlots;
    private final ObjectMapper json;
    private final Outbox outbox;

    Decisions(RecommendationRepository recommendations, Bookings bookings, SuitableSlots suitableSlots, ObjectMapper json,
            Outbox outbox) {
        this.recommendations = recommendations;
        this.bookings = bookings;
        this.suitableSlots = suitableSlots;
        this.json = json;
        this.outbox = outbox;
    }

    /**
     * Books the chosen slot as the caller. The idempotency key is the suggestion's id, so a retried
     * accept (a lost answer, a double tap) returns the same booking and never books twice.
     */
    public Recommendation accept(String userId, String authorization, UUID id, UUID therapistId, OffsetDateTime start) {
        Recommendation recommendation = QuarkusTransaction.requiringNew().call(() -> find(userId, id));
        if (recommendation.status == RecommendationStatus.ACCEPTED) {
            return recommendation;
        }
        if (recommendation.status != RecommendationStatus.SUGGESTED || recommendation.sessionTypeCode == null) {
            throw new SuggestionClosed("Only an open session suggestion can be accepted; this one is "
                    + (recommendation.sessionTypeCode == null ? "advice to see a clinician" : recommendation.status.name().toLowerCase()));
        }
        // The nearest options beyond the person's radius may be booked too: travelling further is their call.
        boolean offered = RecommendationMapper.slots(recommendation, json).stream()
                .anyMatch(slot -> slot.is(therapistId, start))
                || RecommendationMapper.nearestOptions(recommendation, json).stream().anyMatch(slot -> slot.is(therapistId, start));
        if (!offered) {
            throw new InvalidChoice("therapistId", "not one of this suggestion's slots; pick one of its slots");
        }
        if (!start.isAfter(OffsetDateTime.now())) {
            throw new SlotTaken(refreshSlots(recommendation)); // it has gone by: offer what is open now
        }
        BookingClient.Booking booking;
        try {
            booking = bookings.book(authorization, "recommendation-" + id, new BookingClient.BookingRequest(therapistId,
                    recommendation.sessionTypeCode, start, "Suggested by Restwell after a poor night."));
        } catch (BookingRefused e) {
            int status = e.status();
            if (e.limitReached()) {
                throw new BookingLimitReached(e.slug(), e.detail(), e.member("limit"), e.member("current"));
            }
            if (e.slotTaken()) {
                throw new SlotTaken(refreshSlots(recommendation));
            }
            if (status >= 500) {
                throw new BookingUnavailable(e);
            }
            throw new InvalidChoice("start", "booking-service refused the slot (HTTP " + status + ")");
        } catch (RuntimeException e) {
            throw new BookingUnavailable(e);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation accepted = find(userId, id);
            accepted.status = RecommendationStatus.ACCEPTED;
            accepted.bookingId = booking.id();
            accepted.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            outbox.append(EventTypes.RECOMMENDATION_ACCEPTED, userId, id.toString(), RecommendationEvents.toEvent(accepted));
            return accepted;
        });
    }

    private List<OfferedSlot> refreshSlots(Recommendation recommendation) {
        try {
            List<OfferedSlot> fresh = suitableSlots.forPerson(recommendation.userId, recommendation.sessionTypeCode);
            String slotsJson = json.writeValueAsString(fresh);
            QuarkusTransaction.requiringNew().run(() -> recommendations.update("slots = ?1 where id = ?2", slotsJson,
                    recommendation.id));
            return fresh;
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(); // the 409 stands; the person can reload the suggestion
        }
    }

    /** The person's suggestions, newest first, optionally made between two dates (UTC). */
    public Page<Recommendation> page(String userId, LocalDate from, LocalDate to, int page, int size) {
        PanacheQuery<Recommendation> query = recommendations.suggestionsFor(userId, from, to, page, size);
        return Page.read((long) page * size, size, query.list(), query::count);
    }

    /** Another person's suggestion answers exactly like a missing one. */
    public Recommendation find(String userId, UUID id) {
        Recommendation recommendation = recommendations.find("id = ?1 and userId = ?2", id, userId).firstResult();
        if (recommendation == null) {
            throw new SuggestionNotFound();
        }
        return recommendation;
    }

    @Transactional
    public Recommendation dismiss(String userId, UUID id, String reason) {
        Recommendation recommendation = find(userId, id);
        if (recommendation.status == RecommendationStatus.DISMISSED) {
            return recommendation; // dismissing twice is the same as once
        }
        if (recommendation.status != RecommendationStatus.SUGGESTED) {
            throw new SuggestionClosed("Only an open suggestion can be dismissed; this one is "
                    + recommendation.status.name().toLowerCase());
        }
        recommendation.status = RecommendationStatus.DISMISSED;
        recommendation.dismissedAt = OffsetDateTime.now(ZoneOffset.UTC);
        recommendation.dismissReason = reason;
        recommendation.updatedAt = recommendation.dismissedAt;
        outbox.append(EventTypes.RECOMMENDATION_DISMISSED, userId, id.toString(), RecommendationEvents.toEvent(recommendation));
        return recommendation;
    }
}
