package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One notification's content: its kind, a short title and body in plain words, and what it is about
 * (a booking or a suggestion). Times are written in the clinic's offset, as the booking gives them.
 */
public record Notice(NotificationKind kind, String title, String body, BookingNote booking, SuggestionNote suggestion) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    public static Notice suggestionReady(SuggestionNote suggestion) {
        if (suggestion.seeClinician()) {
            return new Notice(NotificationKind.SUGGESTION_READY, "A suggestion for you",
                    "After your last nights we suggest seeing a doctor or physiotherapist first, and a gentle routine tonight.",
                    null, suggestion);
        }
        int count = suggestion.slots().size();
        String slots = count == 0 ? "No open times suit you this week, but tonight's routine is ready."
                : count == 1 ? "One open time suits you." : count + " open times suit you.";
        return new Notice(NotificationKind.SUGGESTION_READY, "A " + session(suggestion.sessionType()) + " could help",
                "After your last nights we suggest a " + session(suggestion.sessionType()) + ". " + slots, null, suggestion);
    }

    /**
     * Advice to seek care for a red flag: says how soon, never "after your last nights" or a routine. Its note
     * carries the urgency, so the push goes at once whatever the hour (QuietHours).
     */
    public static Notice seekCare(SuggestionNote note, RedFlag.Urgency urgency) {
        SuggestionNote suggestion = note.asRedFlag(urgency);
        return urgency == RedFlag.Urgency.NOW
                ? new Notice(NotificationKind.SUGGESTION_READY, "Go to an emergency department now",
                        "What you told us about your back pain needs a doctor within hours: go to an emergency department "
                                + "now, or call your emergency number. No massage until a doctor has seen you.", null, suggestion)
                : new Notice(NotificationKind.SUGGESTION_READY, "See your doctor today",
                        "What you told us about your back pain should be checked by a doctor today. No massage until a "
                                + "doctor has looked at it.", null, suggestion);
    }

    public static Notice bookingConfirmed(BookingNote booking) {
        return new Notice(NotificationKind.BOOKING_CONFIRMED, "Booked",
                "Your " + session(booking.sessionType()) + " is booked for " + when(booking.start()) + ".", booking, null);
    }

    public static Notice bookingCancelled(BookingNote booking) {
        String reason = booking.reason() == null || booking.reason().isBlank() ? "" : " Reason: " + booking.reason().strip();
        return new Notice(NotificationKind.BOOKING_CANCELLED, "Session cancelled",
                "Your " + session(booking.sessionType()) + " on " + when(booking.start()) + " was cancelled." + reason,
                booking, null);
    }

    public static Notice bookingRescheduled(BookingNote booking) {
        String from = booking.previousStart() == null ? "" : " from " + when(booking.previousStart());
        return new Notice(NotificationKind.BOOKING_RESCHEDULED, "Session moved",
                "Your " + session(booking.sessionType()) + " was moved" + from + " to " + when(booking.start()) + ".",
                booking, null);
    }

    public static Notice reminder(NotificationKind kind, BookingNote booking) {
        String in = switch (kind) {
            case SESSION_REMINDER_24H -> "tomorrow";
            case SESSION_REMINDER_2H -> "in 2 hours";
            default -> throw new IllegalArgumentException("not a reminder: " + kind);
        };
        return new Notice(kind, "Your session is " + in,
                "Your " + session(booking.sessionType()) + " starts " + when(booking.start()) + ".", booking, null);
    }

    public static Notice morningCheckIn(BookingNote booking) {
        return new Notice(NotificationKind.MORNING_CHECK_IN, "How did it go?",
                "Good morning. Did you go to yesterday's " + session(booking.sessionType())
                        + ", and how much did it relieve your pain, from 0 to 10? Tell us, and log your night in your journal, "
                        + "so we learn what helps you.", booking, null);
    }

    /** DEEP_TISSUE → "deep tissue massage". */
    static String session(String code) {
        return code == null ? "session" : code.toLowerCase(Locale.ROOT).replace('_', ' ') + " massage";
    }

    private static String when(OffsetDateTime time) {
        return WHEN.format(time) + " (UTC" + (time.getOffset().getTotalSeconds() == 0 ? "" : time.getOffset().getId()) + ")";
    }
}
