package io.restwell.journal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SleepEntryStages", description = "Minutes per stage of an imported night, as the wearable measured them")
public record SleepEntryStages(
        @Schema(example = "38") int awakeMinutes,
        @Schema(description = "Light sleep (HealthKit: core)", example = "232") int lightMinutes,
        @Schema(example = "71") int deepMinutes,
        @Schema(example = "96") int remMinutes,
        @Schema(example = "0") int outOfBedMinutes,
        @Schema(description = "Asleep, stage unknown (Health Connect sleeping, HealthKit asleepUnspecified, Fitbit classic asleep)",
                example = "0") int asleepUnspecifiedMinutes) {
}
