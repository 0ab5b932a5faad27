package io.restwell.recommendation.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.Preferences;

/** The whole of a person's preferences; a field left out (or null) takes its default. */
@Schema(name = "PreferencesRequest", description = "Replaces all of the caller's preferences; a field left out takes its default.")
public record PreferencesRequest(
        @Nullable HomeLocation home,
        @Nullable @Schema(maxItems = Preferences.MAX_CLINICS,
                description = "Clinics the person chose: when given, only these are suggested, whatever the radius") List<UUID> clinicIds,
        @Nullable @Schema(minimum = "" + Preferences.MIN_RADIUS_KM, maximum = "" + Preferences.MAX_RADIUS_KM,
                description = "How far from home the person will travel (default 15)", example = "15") Integer radiusKm,
        @Nullable @Schema(description = "IANA time zone (default: the UTC offset of the latest logged bedtime, else UTC)",
                example = "Europe/Berlin") String timeZone,
        @Nullable @Schema(maxItems = Preferences.MAX_SUITABLE_TIMES,
                description = "When a session suits (default: every day 17:00–21:00)") List<SuitableTimeWindow> suitableTimes,
        @Nullable @Schema(maxItems = Preferences.MAX_AVOIDED_SESSION_TYPES,
                description = "Session type codes never to suggest", example = "[\"DEEP_TISSUE\"]") List<String> avoidedSessionTypes,
        @Nullable @Schema(maxItems = Preferences.MAX_DURATIONS,
                description = "Session lengths in minutes the person prefers, most preferred first (15–240)",
                example = "[60, 45]") List<Integer> preferredDurationsMinutes,
        @Nullable @Schema(description = "When nothing is pushed (Web Push), on the person's clock; default: from their usual "
                + "bedtime to 08:00. `from` equal to `to`: never quiet") QuietHoursWindow quietHours) {
}
