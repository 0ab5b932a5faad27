package io.restwell.recommendation.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which open slots a suggestion offers a person: only at clinics they chose (when they chose any), else only
 * within their radius of home (when they gave one), only on their days and within their times in their own
 * time zone (daylight saving time included), ending well before their usual bedtime. Ranked by their
 * preferred lengths (most preferred first), then distance (whole km), then time; the best slot of each day
 * before a second one on any day; each with its explanation. A slot that does not suit is never offered: no
 * slots is an honest answer. {@link #beyondReach()} chooses the nearest options outside the radius instead.
 */
public final class SlotChoice {

    /** How many slots a suggestion offers. */
    public static final int SLOTS = 3;
    /** A session should end this long before the person usually goes to bed: massage relaxes, travel home takes time. */
    public static final Duration BEDTIME_MARGIN = Duration.ofHours(2);

    private final Preferences preferences;
    private final ZoneId zone;
    private final Optional<LocalTime> usualBedtime;
    private final Reach reach;
    private final boolean beyondReach;

    public SlotChoice(Preferences preferences, ZoneId zone, Optional<LocalTime> usualBedtime) {
        this(preferences, zone, usualBedtime, false);
    }

    private SlotChoice(Preferences preferences, ZoneId zone, Optional<LocalTime> usualBedtime, boolean beyondReach) {
        this.preferences = preferences;
        this.zone = zone;
        this.usualBedtime = usualBedtime;
        this.reach = Reach.of(preferences);
        this.beyondReach = beyondReach;
    }

    /** The same choice for the nearest options when nothing is in reach: the radius no longer limits, all else does. */
    public SlotChoice beyondReach() {
        return new SlotChoice(preferences, zone, usualBedtime, true);
    }

    public Reach reach() {
        return reach;
    }

    /** The lengths the person prefers, most preferred first; empty when any suits. */
    public List<Integer> preferredLengths() {
        return preferences.preferredDurationsMinutes();
    }

    /** Best first: a more preferred length, then a nearer clinic (whole km), then earlier. */
    public Comparator<OfferedSlot> ranking() {
        return Comparator.comparingInt(this::lengthRank)
                .thenComparingLong(slot -> slot.distanceKm() == null ? 0 : Math.round(slot.distanceKm()))
                .thenComparing(OfferedSlot::start)
                .thenComparing(OfferedSlot::clinicId)
                .thenComparing(OfferedSlot::therapistId);
    }

    private int lengthRank(OfferedSlot slot) {
        int rank = preferences.preferredDurationsMinutes().indexOf(slot.minutes());
        return rank < 0 ? preferences.preferredDurationsMinutes().size() : rank;
    }

    /** Up to {@link #SLOTS} of the candidates that suit, spread over days, best first, each explained. */
    public List<OfferedSlot> choose(List<OfferedSlot> candidates) {
        List<OfferedSlot> suitable = candidates.stream().filter(this::suits).distinct()
                .sorted(ranking()).toList();
        List<OfferedSlot> chosen = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (OfferedSlot slot : suitable) {
            if (chosen.size() < SLOTS && days.add(localDay(slot))) {
                chosen.add(slot);
            }
        }
        for (OfferedSlot slot : suitable) {
            if (chosen.size() < SLOTS && !chosen.contains(slot)) {
                chosen.add(slot);
            }
        }
        return chosen.stream().sorted(ranking())
                .map(slot -> slot.explained(SlotExplanation.of(slot, zone, usualBedtime, reach, beyondReach))).toList();
    }

    /** Whether one slot suits the person. */
    public boolean suits(OfferedSlot slot) {
        if (!preferences.clinicIds().isEmpty() && !preferences.clinicIds().contains(slot.clinicId())) {
            return false;
        }
        if (preferences.avoidedSessionTypes().contains(slot.sessionType())) {
            return false;
        }
        if (!beyondReach && !reach.within(slot.distanceKm())) {
            return false;
        }
        ZonedDateTime start = slot.start().atZoneSameInstant(zone);
        ZonedDateTime end = slot.end().atZoneSameInstant(zone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        DayOfWeek day = start.getDayOfWeek();
        boolean inTheirTimes = preferences.suitableTimes().stream()
                .anyMatch(time -> time.fits(day, start.toLocalTime(), end.toLocalTime()));
        return inTheirTimes && wellBeforeBedtime(end.toLocalTime());
    }

    private boolean wellBeforeBedtime(LocalTime end) {
        if (usualBedtime.isEmpty() || end.isBefore(LocalTime.NOON)) {
            return true;
        }
        long latestEnd = UsualBedtime.eveningMinutes(usualBedtime.get()) - BEDTIME_MARGIN.toMinutes();
        return UsualBedtime.eveningMinutes(end) <= latestEnd;
    }

    private LocalDate localDay(OfferedSlot slot) {
        return slot.start().atZoneSameInstant(zone).toLocalDate();
    }
}
