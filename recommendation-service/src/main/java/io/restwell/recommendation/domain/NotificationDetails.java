package io.restwell.recommendation.domain;

/** What a stored notification is about: a booking or a suggestion (the other is null). */
public record NotificationDetails(BookingNote booking, SuggestionNote suggestion) {
}
