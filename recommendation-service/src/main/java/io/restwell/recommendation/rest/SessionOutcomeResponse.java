package io.restwell.recommendation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionOutcome", description = "The caller's report on one of their sessions, and whether the session counts as "
        + "attended: the clinic's mark wins (COMPLETED counts, NO_SHOW does not, whatever the caller said); without a mark, the "
        + "caller's word.")
public record SessionOutcomeResponse(
        UUID bookingId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(description = "The day of the session, in the clinic's time zone") LocalDate sessionDate,
        @Schema(description = "What the caller said: they went") boolean attended,
        @Nullable @Schema(description = "0–10; null when the caller did not go", example = "7") Integer relief,
        @Schema(description = "Whether the insights count it as attended") boolean countsAsAttended,
        @Nullable @Schema(description = "The clinic's mark, when it made one: COMPLETED or NO_SHOW", example = "COMPLETED") String clinicMark,
        OffsetDateTime reportedAt) {
}
