package io.restwell.booking.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A therapist's working time: weekly wall-clock hours in the clinic's time zone, changed on single
 * dates by exceptions. Turns a date into the real instants of work on it.
 *
 * <p>Wall-clock times that do not exist (the hour skipped when clocks go forward) mean the moment the
 * clocks jump; times that exist twice (the hour repeated when clocks go back) mean the first of them,
 * as {@code java.time} resolves them. So a window of 01:00–05:00 holds 3 real hours on a
 * spring-forward night and 5 on a fall-back night, and slots are cut from real hours.
 */
public final class WorkSchedule {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WeeklyWindow>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<DateOverride>> exceptions = new HashMap<>();

    public WorkSchedule(ZoneId zone, Collection<WeeklyWindow> weeklyWindows, Collection<DateOverride> dateExceptions) {
        this.zone = zone;
        for (WeeklyWindow window : weeklyWindows) {
            weekly.computeIfAbsent(window.day(), day -> new ArrayList<>()).add(window);
        }
        for (DateOverride exception : dateExceptions) {
            exceptions.computeIfAbsent(exception.date(), date -> new ArrayList<>()).add(exception);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The intervals of work on a clinic-local date, in order, after that date's exceptions. */
    public List<Interval> workingIntervals(LocalDate date) {
        List<DateOverride> changes = exceptions.getOrDefault(date, List.of());
        List<LocalTime[]> windows = new ArrayList<>();
        if (changes.stream().noneMatch(change -> change.kind() == OverrideKind.DAY_OFF)) {
            for (WeeklyWindow window : weekly.getOrDefault(date.getDayOfWeek(), List.of())) {
                windows.add(new LocalTime[] {window.start(), window.end()});
            }
        }
        for (DateOverride change : changes) {
            if (change.kind() == OverrideKind.EXTRA_HOURS) {
                windows.add(new LocalTime[] {change.start(), change.end()});
            }
        }
        windows = mergeLocal(windows);
        for (DateOverride change : changes) {
            if (change.kind() == OverrideKind.TIME_OFF) {
                windows = subtractLocal(windows, change.start(), change.end());
            }
        }
        List<Interval> intervals = new ArrayList<>();
        for (LocalTime[] window : windows) {
            Instant start = instantOf(date, window[0]);
            Instant end = instantOf(date, window[1]);
            if (end.isAfter(start)) { // a window inside a skipped hour holds no time at all
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    /** The real instant of a wall-clock time on a date in this schedule's zone (see the class comment). */
    Instant instantOf(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant(); // in the gap: the moment the clocks jump
        }
        return local.toInstant(offsets.get(0)); // one offset, or the earlier of two in an overlap
    }

    private static List<LocalTime[]> mergeLocal(List<LocalTime[]> windows) {
        windows.sort(Comparator.comparing(window -> window[0]));
        List<LocalTime[]> merged = new ArrayList<>();
        for (LocalTime[] window : windows) {
            LocalTime[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !window[0].isAfter(last[1])) {
                if (window[1].isAfter(last[1])) {
                    last[1] = window[1];
                }
            } else {
                merged.add(new LocalTime[] {window[0], window[1]});
            }
        }
        return merged;
    }

    private static List<LocalTime[]> subtractLocal(List<LocalTime[]> windows, LocalTime offStart, LocalTime offEnd) {
        List<LocalTime[]> remaining = new ArrayList<>();
        for (LocalTime[] window : windows) {
            if (!offStart.isBefore(window[1]) || !window[0].isBefore(offEnd)) {
                remaining.add(window); // no overlap
                continue;
            }
            if (window[0].isBefore(offStart)) {
                remaining.add(new LocalTime[] {window[0], offStart});
            }
            if (offEnd.isBefore(window[1])) {
                remaining.add(new LocalTime[] {offEnd, window[1]});
            }
        }
        return remaining;
    }
}
