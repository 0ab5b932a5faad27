package io.restwell.recommendation.service;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restwell.recommendation.client.BookingClient;
import io.restwell.recommendation.client.OpenSlots;
import io.restwell.recommendation.domain.OfferedSlot;
import io.restwell.recommendation.domain.SavedPreferences;
import io.restwell.recommendation.domain.SlotChoice;
import io.restwell.recommendation.domain.UsualBedtime;

/**
 * The open slots a suggestion offers a person: booking-service's availability over the next week where they
 * will go (their chosen clinics, else near home within their radius, else anywhere), in each of their
 * preferred lengths, chosen by domain/SlotChoice from their preferences and their usual bedtime. When no
 * clinic within their radius has any slot of the session, the nearest options beyond it (up to
 * {@link #NEAREST_OPTIONS_KM}) are chosen too, apart from the slots. Asks booking outside any transaction.
 */
@ApplicationScoped
public class SuitableSlots {

    /** Never a slot too soon to get there. */
    static final Duration LEAD_TIME = Duration.ofHours(2);
    static final Duration HORIZON = Duration.ofDays(7);
    /** Pages of availability read at most per length (nearest, then earliest first) before settling for fewer slots. */
    static final int MAX_PAGES = 3;
    /** Nights the usual bedtime is taken from. */
    static final int RECENT_NIGHTS = 14;
    /** How far the nearest options are looked for when nothing is in reach: booking-service's largest radius. */
    static final int NEAREST_OPTIONS_KM = 200;

    /** What a suggestion offers: slots in reach, and the nearest options when no clinic in reach has any. */
    public record Offer(List<OfferedSlot> slots, List<OfferedSlot> nearestOptions, boolean noneInReach) {
    }

    private final EntityManager entityManager;
    private final PersonalPreferences preferences;
    private final OpenSlots openSlots;

    SuitableSlots(EntityManager entityManager, PersonalPreferences preferences, OpenSlots openSlots) {
        this.entityManager = entityManager;
        this.preferences = preferences;
        this.openSlots = openSlots;
    }

    /**
     * Up to three slots of the session type that suit the person; fewer, or none, when booking has no more.
     *
     * @throws RuntimeException when booking-service cannot be asked (the caller retries later)
     */
    public List<OfferedSlot> forPerson(String userId, String sessionType) {
        return offerFor(userId, sessionType).slots();
    }

    /**
     * The slots in reach and, when no clinic in reach has a slot of the type at all, the nearest options.
     *
     * @throws RuntimeException when booking-service cannot be asked (the caller retries later)
     */
    public Offer offerFor(String userId, String sessionType) {
        SlotChoice choice = QuarkusTransaction.requiringNew().call(() -> choiceFor(userId));
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plus(LEAD_TIME);
        List<Integer> lengths = new ArrayList<>(choice.preferredLengths());
        lengths.add(null); // the type's default length, when no preferred one is offered
        Found inReach = new Found();
        for (Integer length : lengths) {
            if (inReach.chosen.size() == SlotChoice.SLOTS || (length == null && !inReach.chosen.isEmpty())) {
                break;
            }
            collect(choice, sessionType, from, OpenSlots.Where.of(choice.reach(), length), inReach);
        }
        if (!inReach.chosen.isEmpty() || inReach.anyOpen || !choice.reach().nearHome()) {
            return new Offer(inReach.chosen, List.of(), false);
        }
        SlotChoice beyond = choice.beyondReach();
        Found nearest = new Found();
        for (Integer length : lengths) {
            if (nearest.chosen.size() == SlotChoice.SLOTS || (length == null && !nearest.chosen.isEmpty())) {
                break;
            }
            collect(beyond, sessionType, from, OpenSlots.Where.of(choice.reach(), length).widened(NEAREST_OPTIONS_KM), nearest);
        }
        return new Offer(List.of(), nearest.chosen, true);
    }

    /** What one reach gave: every candidate so far, whether any slot at all was open, the choice so far. */
    private static final class Found {
        final List<OfferedSlot> candidates = new ArrayList<>();
        boolean anyOpen;
        List<OfferedSlot> chosen = List.of();
    }

    private void collect(SlotChoice choice, String sessionType, OffsetDateTime from, OpenSlots.Where where, Found found) {
        for (int page = 0; page < MAX_PAGES; page++) {
            BookingClient.SlotPage result = openSlots.page(sessionType, from, from.plus(HORIZON), where, page);
            found.anyOpen |= result.total() > 0;
            result.items().forEach(slot -> found.candidates.add(new OfferedSlot(slot.therapistId(), slot.clinicId(),
                    slot.sessionType(), slot.start(), slot.end(), slot.distanceKm(), null)));
            found.chosen = choice.choose(found.candidates);
            if (found.chosen.size() == SlotChoice.SLOTS || (long) (page + 1) * OpenSlots.PAGE_SIZE >= result.total()) {
                return;
            }
        }
    }

    private SlotChoice choiceFor(String userId) {
        SavedPreferences saved = preferences.of(userId);
        List<LocalTime> bedtimes = entityManager.createQuery(
                "select n.bedtimeLocal from JournalNight n where n.userId = :user and n.bedtimeLocal is not null order by n.night desc",
                LocalTime.class).setParameter("user", userId).setMaxResults(RECENT_NIGHTS).getResultList();
        ZoneId zone = saved.zone();
        Optional<LocalTime> usual = UsualBedtime.of(bedtimes);
        return new SlotChoice(saved.preferences(), zone, usual);
    }
}
