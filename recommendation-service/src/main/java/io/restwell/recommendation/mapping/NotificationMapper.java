package io.restwell.recommendation.mapping;

import io.restwell.recommendation.Notification;
import io.restwell.recommendation.domain.BookingNote;
import io.restwell.recommendation.domain.NotificationDetails;
import io.restwell.recommendation.domain.NotificationKind;
import io.restwell.recommendation.domain.SuggestionNote;
import io.restwell.recommendation.rest.NotificationResponse;
import io.restwell.recommendation.rest.NotificationResponse.NotificationAction;
import io.restwell.recommendation.rest.NotificationResponse.NotifiedBooking;
import io.restwell.recommendation.rest.NotificationResponse.NotifiedSuggestion;
import io.restwell.recommendation.rest.SlotResponse;

public final class NotificationMapper {

    private NotificationMapper() {
    }

    public static NotificationResponse toResponse(Notification notification, NotificationDetails details) {
        return new NotificationResponse(notification.id, notification.seq, notification.kind, notification.title, notification.body,
                notification.createdAt, notification.readAt, booking(details.booking()), suggestion(details.suggestion()),
                action(notification.kind, details.booking()));
    }

    /** The morning check-in is answered by reporting the session's outcome. */
    private static NotificationAction action(NotificationKind kind, BookingNote booking) {
        return kind == NotificationKind.MORNING_CHECK_IN && booking != null
                ? new NotificationAction("PUT", "/api/v1/me/sessions/" + booking.bookingId() + "/outcome") : null;
    }

    private static NotifiedBooking booking(BookingNote note) {
        return note == null ? null : new NotifiedBooking(note.bookingId(), note.clinicId(), note.therapistId(), note.sessionType(),
                note.start(), note.end(), note.status(), note.reason(), note.previousStart());
    }

    private static NotifiedSuggestion suggestion(SuggestionNote note) {
        return note == null ? null : new NotifiedSuggestion(note.recommendationId(), note.sessionType(), note.seeClinician(),
                note.slots().stream().map(slot -> new SlotResponse(slot.therapistId(), slot.clinicId(), slot.sessionType(),
                        slot.start(), slot.end(), slot.distanceKm(), slot.explanation())).toList());
    }
}
