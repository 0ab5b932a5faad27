package io.restwell.recommendation.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TherapistBrief", description = "What a person shares with the clinic of one booking: their last 14 nights "
        + "(the nights that began on the 14 days before `to`), the pain they rated from `from` to `to`, where it hurts (the pain "
        + "map), the red flags they answered yes, and what sessions did for them before. Measured and coded facts only; "
        + "never a journal note.")
public record TherapistBriefResponse(
        @Schema(example = "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a") UUID bookingId,
        @Schema(description = "When this brief was put together: it is always today's.", example = "2026-12-05T09:12:00Z")
        OffsetDateTime generatedAt,
        @Schema(description = "The window's first day, on the person's own clock.", example = "2026-11-21") LocalDate from,
        @Schema(description = "The window's last day (today, on the person's own clock).", example = "2026-12-05") LocalDate to,
        @Schema(description = "Oldest first.") List<Night> nights,
        SleepTrend sleepTrend,
        @Schema(description = "Every rating of the window, oldest first.") List<PainRating> pain,
        @Schema(description = "The ratings per place in the body, the most often rated first.") List<PainSite> painMap,
        @Schema(description = "Red flags of low back pain (NICE NG59, ACP 2017) the person answered yes in the window, the most "
                + "urgent first. Clinically relevant: the person was told to seek care (docs/safety.md).") List<RedFlagAnswer> redFlags,
        @Schema(description = "Each session type the person completed before, the one that helped their sleep most first.")
        List<PastSessions> whatHelpedBefore) {

    @Schema(name = "TherapistBriefNight", description = "One night of the person's journal.")
    public record Night(
            @Schema(description = "The evening the night began.", example = "2026-12-03") LocalDate night,
            @Schema(example = "402") int totalSleepMinutes,
            @Schema(description = "Percent of the time in bed asleep.", example = "81.5") BigDecimal sleepEfficiency,
            @Schema(description = "Minutes to fall asleep; null when not known.", example = "35") @Nullable Integer sleepLatencyMinutes,
            @Schema(description = "The person's rating, 1 (very poor) to 5 (very good); null when they did not rate it.",
                    example = "2") @Nullable Integer quality) {
    }

    @Schema(name = "TherapistBriefSleepTrend", description = "Mean sleep efficiency of the last 7 nights against the 7 before, "
            + "with the nights behind each. IMPROVING or WORSENING: a change of 3 points or more; NOT_ENOUGH_NIGHTS: fewer than "
            + "3 nights on a side (then `change` is null).")
    public record SleepTrend(
            @Schema(enumeration = {"IMPROVING", "STEADY", "WORSENING", "NOT_ENOUGH_NIGHTS"}, example = "WORSENING") String direction,
            @Schema(example = "78.4") @Nullable BigDecimal recentMeanEfficiency,
            @Schema(example = "6") int recentNights,
            @Schema(example = "84.9") @Nullable BigDecimal earlierMeanEfficiency,
            @Schema(example = "7") int earlierNights,
            @Schema(description = "Recent minus earlier, in points.", example = "-6.5") @Nullable BigDecimal change) {
    }

    @Schema(name = "TherapistBriefPainRating", description = "One pain rating: 0–10, where, what kind.")
    public record PainRating(
            @Schema(description = "On the person's clock when they rated it.", example = "2026-12-04T07:45:00+01:00") OffsetDateTime recordedAt,
            @Schema(example = "6") int intensity,
            @Schema(enumeration = {"LOWER_BACK", "UPPER_BACK", "NECK", "SHOULDERS", "HIPS", "LEG"}, example = "LOWER_BACK") String location,
            @Schema(enumeration = {"ACHING", "STIFF", "SHARP", "SHOOTING", "SPASM"}, example = "ACHING") String character) {
    }

    @Schema(name = "TherapistBriefPainSite", description = "One place of the pain map: how often it was rated, its strongest and "
            + "mean pain, and its characters, the most frequent first.")
    public record PainSite(
            @Schema(example = "LOWER_BACK") String location,
            @Schema(example = "9") int ratings,
            @Schema(example = "7") int highestIntensity,
            @Schema(example = "5.4") BigDecimal meanIntensity,
            @Schema(example = "[\"ACHING\", \"SHARP\"]") List<String> characters) {
    }

    @Schema(name = "TherapistBriefRedFlag", description = "A red flag answered yes: NOW asks for an emergency department, TODAY "
            + "for a doctor the same day.")
    public record RedFlagAnswer(
            @Schema(example = "SADDLE_NUMBNESS") String flag,
            @Schema(enumeration = {"NOW", "TODAY"}, example = "NOW") String urgency,
            @Schema(example = "2026-12-04T07:45:00+01:00") OffsetDateTime lastAnsweredYes) {
    }

    @Schema(name = "TherapistBriefPastSessions", description = "Completed sessions of one type with nights logged around them, and "
            + "the average change from the week before a session to the week from its day on.")
    public record PastSessions(
            @Schema(example = "DEEP_TISSUE") String sessionType,
            @Schema(example = "3") int sessions,
            @Schema(description = "Sleep efficiency, in points.", example = "4.2") @Nullable BigDecimal averageEfficiencyChange,
            @Schema(description = "Pain, 0–10; negative is better.", example = "-1.5") @Nullable BigDecimal averagePainChange) {
    }
}
