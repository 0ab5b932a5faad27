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
 * Which open slots a suggestion offers a person: only at clinics they chose (when they chose any), only
 * on their days and within their times in their own time zone (daylight saving time included), ending
 * well before their usual bedtime; then one per day before two on a day, earliest first. A slot that
 * does not suit is never offered: no slots is an honest answer.
 */
public final class SlotChoice {

    /** How many slots a suggestion offers. */
    public static final int SLOTS = 3;
    /** A session should end this long before the person usually goes to bed: massage relaxes, travel home takes time. */
    public static final Duration BEDTIME_MARGIN = Duration.ofHours(2);

    private final Preferences preferences;
    private final ZoneId zone;
    private final Optional<LocalTime> usualBedtime;

    public SlotChoice(Preferences preferences, ZoneId zone, Optional<LocalTime> usualBedtime) {
        this.preferences = preferences;
        this.zone = zone;
        this.usualBedtime = usualBedtime;
    }

    /** Up to {@link #SLOTS} of the candidates that suit, spread over days, in time order. */
    public List<OfferedSlot> choose(List<OfferedSlot> candidates) {
        List<OfferedSlot> suitable = candidates.stream().filter(this::suits)
                .sorted(Comparator.comparing(OfferedSlot::start)).toList();
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
        return chosen.stream().sorted(Comparator.comparing(OfferedSlot::start)).toList();
    }

    /** Whether one slot suits the person. */
    public boolean suits(OfferedSlot slot) {
        if (!preferences.clinicIds().isEmpty() && !preferences.clinicIds().contains(slot.clinicId())) {
            return false;
        }
        if (preferences.avoidedSessionTypes().contains(slot.sessionType())) {
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
