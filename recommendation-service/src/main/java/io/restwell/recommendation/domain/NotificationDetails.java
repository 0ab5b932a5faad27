package io.restwell.recommendation.domain;

/** What a stored notification is about: a booking or a suggestion (the other is null). */
public record NotificationDetails(BookingNote booking, SuggestionNote suggestion) {

    /** Whether it is advice to seek care for a red flag: pushed at once, even in quiet hours (domain/QuietHours). */
    public boolean redFlagAdvice() {
        return suggestion != null && suggestion.redFlag() != null;
    }
}
