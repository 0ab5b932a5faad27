package io.restwell.recommendation.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Days and a time of day that suit a person for a session, in their own time zone: a session must start
 * at or after {@code from} and end by {@code to}, on one of {@code days}.
 */
public record SuitableTime(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public SuitableTime {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether a session from {@code start} to {@code end} (local times on {@code day}) fits. */
    public boolean fits(DayOfWeek day, LocalTime start, LocalTime end) {
        return days.contains(day) && !start.isBefore(from) && !end.isAfter(to) && !end.isBefore(start);
    }
}
