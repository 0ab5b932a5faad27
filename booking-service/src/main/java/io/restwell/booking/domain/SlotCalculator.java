package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Open slots: the working intervals of a schedule, cut into sessions of one length that start every
 * {@code step} from the start of each interval, minus what is busy.
 *
 * <p>A session of length L starting at s needs [s, s + L) inside working time, and [s, s + L + buffer)
 * clear of every busy interval (an existing booking blocks its own start to its end plus its buffer).
 * That is exactly the rule PostgreSQL's exclusion constraint enforces on bookings.
 */
public final class SlotCalculator {

    /** What is being looked for: the session length, the grid step, and the buffer after each session. */
    public record SlotShape(Duration length, Duration step, Duration buffer) {
        public SlotShape {
            if (length.isNegative() || length.isZero() || step.isNegative() || step.isZero() || buffer.isNegative()) {
                throw new IllegalArgumentException("length and step must be positive and buffer not negative");
            }
        }
    }

    private SlotCalculator() {
    }

    /**
     * Open slots starting in {@code [from, to)} and not before {@code notBefore}, in order of start.
     *
     * @param busy intervals already taken (each booking's start to its end plus buffer), in any order
     */
    public static List<Interval> openSlots(WorkSchedule schedule, SlotShape shape, Instant from, Instant to,
            Instant notBefore, Collection<Interval> busy) {
        List<Interval> taken = Interval.merged(busy);
        Instant earliest = from.isAfter(notBefore) ? from : notBefore;
        List<Interval> slots = new ArrayList<>();
        if (!to.isAfter(earliest)) {
            return slots;
        }
        LocalDate first = earliest.atZone(schedule.zone()).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(schedule.zone()).toLocalDate();
        int next = 0; // index into taken: busy intervals ending at or before a slot start never matter again
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (Interval work : schedule.workingIntervals(date)) {
                for (Instant start = work.start(); !start.plus(shape.length()).isAfter(work.end());
                        start = start.plus(shape.step())) {
                    if (start.isBefore(earliest) || !start.isBefore(to)) {
                        continue;
                    }
                    Interval blocked = new Interval(start, start.plus(shape.length()).plus(shape.buffer()));
                    while (next < taken.size() && !taken.get(next).end().isAfter(start)) {
                        next++;
                    }
                    if (next < taken.size() && taken.get(next).overlaps(blocked)) {
                        continue;
                    }
                    slots.add(new Interval(start, start.plus(shape.length())));
                }
            }
        }
        return slots;
    }

    /**
     * Whether a session of the shape's length may start at {@code start} under this schedule: on the
     * grid of a working interval and ending inside it. Says nothing about other bookings.
     */
    public static boolean fitsSchedule(WorkSchedule schedule, SlotShape shape, Instant start) {
        LocalDate date = start.atZone(schedule.zone()).toLocalDate();
        for (LocalDate day = date.minusDays(1); !day.isAfter(date.plusDays(1)); day = day.plusDays(1)) {
            for (Interval work : schedule.workingIntervals(day)) {
                if (start.isBefore(work.start()) || start.plus(shape.length()).isAfter(work.end())) {
                    continue;
                }
                long offset = Duration.between(work.start(), start).toNanos();
                if (offset % shape.step().toNanos() == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
