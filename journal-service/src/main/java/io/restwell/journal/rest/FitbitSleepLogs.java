package io.restwell.journal.rest;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Fitbit Web API's sleep log v1.2 answer ({@code GET /1.2/user/-/sleep/date/...json}) as Fitbit sends it;
 * the fields not declared here (summaries, shortData, efficiency, ...) are read and ignored: Restwell derives its own.
 */
@Schema(name = "FitbitSleepLogs", description = "A Fitbit sleep log v1.2 response body")
public record FitbitSleepLogs(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true)
        List<@NotNull @Valid Log> sleep) {

    @Schema(name = "FitbitSleepLog", description = "One sleep log: a stages or a classic log")
    public record Log(
            @NotNull @Positive @Schema(required = true, example = "46132398710") Long logId,
            @NotNull @Schema(required = true, description = "Local time in the person's Fitbit time zone", example = "2026-11-20T23:04:30.000")
            LocalDateTime startTime,
            @NotNull @Schema(required = true, example = "2026-11-21T06:46:30.000") LocalDateTime endTime,
            @Schema(description = "true for the main sleep of the day (a NIGHT), false for a nap") @Nullable Boolean isMainSleep,
            @Size(max = 20) @Schema(description = "stages or classic", example = "stages") @Nullable String type,
            @NotNull @Valid @Schema(required = true) Levels levels) {
    }

    @Schema(name = "FitbitSleepLevels")
    public record Levels(
            @NotNull @Size(max = 2000) @Schema(required = true) List<@NotNull @Valid Level> data) {
    }

    @Schema(name = "FitbitSleepLevel", description = "One stretch at one level")
    public record Level(
            @NotNull @Schema(required = true, example = "2026-11-20T23:04:30.000") LocalDateTime dateTime,
            @NotNull @Size(min = 1, max = 20) @Schema(required = true, description = "stages: wake, light, deep, rem; classic: "
                    + "asleep, restless, awake", example = "light") String level,
            @NotNull @Positive @Schema(required = true, example = "1290") Integer seconds) {
    }
}
