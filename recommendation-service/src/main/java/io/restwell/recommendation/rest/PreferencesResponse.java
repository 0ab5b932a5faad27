package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's preferences as they stand, defaults filled in. */
@Schema(name = "Preferences", description = "The caller's preferences, with defaults where they said nothing.")
public record PreferencesResponse(
        @Nullable @Schema(description = "Where the person travels from; null until they say") HomeLocation home,
        @Schema(required = true) List<UUID> clinicIds,
        @Schema(required = true, example = "15") int radiusKm,
        @Schema(required = true, description = "The time zone sessions are chosen in", example = "Europe/Berlin") String timeZone,
        @Schema(required = true, description = "Where timeZone comes from: the person (SET), the UTC offset of their latest "
                + "logged bedtime (JOURNAL), or nothing yet (DEFAULT, UTC)") TimeZoneSource timeZoneSource,
        @Schema(required = true) List<SuitableTimeWindow> suitableTimes,
        @Schema(required = true) List<String> avoidedSessionTypes,
        @Schema(required = true) List<Integer> preferredDurationsMinutes,
        @Nullable @Schema(description = "When the person last saved them; null when never") OffsetDateTime updatedAt,
        @Nullable @Schema(description = "The quiet hours the person set; null when they set none (then from their usual "
                + "bedtime to 08:00, when bedtimes are logged)") QuietHoursWindow quietHours) {

    public enum TimeZoneSource {
        SET, JOURNAL, DEFAULT
    }
}
