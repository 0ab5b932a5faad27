package io.restwell.recommendation.service;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
 * The open slots a suggestion offers a person: booking-service's availability over the next week, chosen by
 * domain/SlotChoice from their preferences and their usual bedtime. Asks booking outside any transaction.
 */
@ApplicationScoped
public class SuitableSlots {

    /** Never a slot too soon to get there. */
    static final Duration LEAD_TIME = Duration.ofHours(2);
    static final Duration HORIZON = Duration.ofDays(7);
    /** Pages of availability read at most (earliest first) before settling for fewer slots. */
    static final int MAX_PAGES = 3;
    /** Nights the usual bedtime is taken from. */
    static final int RECENT_NIGHTS = 14;

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
        SlotChoice choice = QuarkusTransaction.requiringNew().call(() -> choiceFor(userId));
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plus(LEAD_TIME);
        List<OfferedSlot> candidates = new ArrayList<>();
        List<OfferedSlot> chosen = List.of();
        for (int page = 0; page < MAX_PAGES; page++) {
            BookingClient.SlotPage found = openSlots.page(sessionType, from, from.plus(HORIZON), page);
            found.items().forEach(slot -> candidates.add(
                    new OfferedSlot(slot.therapistId(), slot.clinicId(), slot.sessionType(), slot.start(), slot.end())));
            chosen = choice.choose(candidates);
            if (chosen.size() == SlotChoice.SLOTS || (long) (page + 1) * OpenSlots.PAGE_SIZE >= found.total()) {
                break;
            }
        }
        return chosen;
    }

    private SlotChoice choiceFor(String userId) {
        SavedPreferences saved = preferences.of(userId);
        List<LocalTime> bedtimes = entityManager.createQuery(
                "select n.bedtimeLocal from JournalNight n where n.userId = :user and n.bedtimeLocal is not null order by n.night desc",
                LocalTime.class).setParameter("user", userId).setMaxResults(RECENT_NIGHTS).getResultList();
        return new SlotChoice(saved.preferences(), saved.zone(), UsualBedtime.of(bedtimes));
    }
}
