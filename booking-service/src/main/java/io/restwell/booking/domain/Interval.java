package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A half-open span of time {@code [start, end)}, the way PostgreSQL's {@code tstzrange} is by default. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** Sorted by start, with overlapping or touching intervals joined into one. */
    public static List<Interval> merged(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start.isAfter(last.end)) {
                if (next.end.isAfter(last.end)) {
                    merged.set(merged.size() - 1, new Interval(last.start, next.end));
                }
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
