package io.restwell.recommendation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When nothing is pushed to a person: their sleep window, on their own clock. It is the window they set
 * in their preferences, else from their usual bedtime (domain/UsualBedtime) to the morning hour; without
 * either there is none (we do not know when they sleep). A push that falls inside waits for the window's
 * end, except advice to seek care for a red flag, which goes at once. A window from bedtime is believed
 * only up to {@value #MAX_GUESSED_HOURS} h long: a "bedtime" of 09:00 with an 08:00 morning would silence
 * a whole day.
 * <p>
 * Daylight saving time: the window's ends are local times on the day they fall. An end inside a
 * spring-forward gap moves forward by the gap (02:30 → 03:30); an end inside a fall-back overlap is its
 * earlier occurrence. So the window is an hour shorter or longer on those nights, as the person's night is.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    static final int MAX_GUESSED_HOURS = 14;

    /** A window a person chose, on their clock; {@code from} equal to {@code to} means none. */
    public record Window(LocalTime from, LocalTime to) {
    }

    /**
     * The person's window: {@code chosen} (from, to) if they set one, else their usual bedtime to
     * {@code morning}; empty without either, or for a bedtime that would make it longer than 14 h.
     */
    public static Optional<QuietHours> of(Optional<Window> chosen, Optional<LocalTime> usualBedtime, LocalTime morning, ZoneId zone) {
        if (chosen.isPresent()) {
            Window window = chosen.get();
            return window.from().equals(window.to()) ? Optional.empty() : Optional.of(new QuietHours(window.from(), window.to(), zone));
        }
        return usualBedtime.filter(bedtime -> !bedtime.equals(morning))
                .filter(bedtime -> length(bedtime, morning).compareTo(Duration.ofHours(MAX_GUESSED_HOURS)) <= 0)
                .map(bedtime -> new QuietHours(bedtime, morning, zone));
    }

    /** When a push due at {@code now} may go: {@code now} outside the window, else the window's end. */
    public Instant pushAt(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // the window that holds now began today or yesterday (it is shorter than a day)
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today}) {
            Instant start = ZonedDateTime.of(day, from, zone).toInstant();
            Instant end = ZonedDateTime.of(to.isAfter(from) ? day : day.plusDays(1), to, zone).toInstant();
            if (!now.isBefore(start) && now.isBefore(end)) {
                return end;
            }
        }
        return now;
    }

    /**
     * When a push of a notification about {@code about}, due at {@code now}, may go: advice to seek care for a
     * red flag at once, whatever the hour (the person answered the screen just now, so is awake, and waiting
     * for the morning could cost them the care they need); anything else as {@link #pushAt(Instant)}.
     */
    public Instant pushAt(Instant now, NotificationDetails about) {
        return about.redFlagAdvice() ? now : pushAt(now);
    }

    private static Duration length(LocalTime from, LocalTime to) {
        Duration length = Duration.between(from, to);
        return length.isNegative() ? length.plusDays(1) : length;
    }
}
