package io.restwell.journal.rest;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.SourcePlatform;

@Schema(name = "SleepEntrySource", description = "Where an imported night was measured")
public record SleepEntrySource(
        SourcePlatform platform,
        @Schema(description = "Health Connect's dataOrigin package, HealthKit's source bundle id, or fitbit",
                example = "com.google.android.apps.fitness") String app,
        @Nullable @Schema(description = "The device, when the source names it", example = "Google Pixel Watch 2") String device,
        @Schema(description = "The record's id at the source (Health Connect metadata.id, the session's first HealthKit "
                + "sample uuid, Fitbit logId)", example = "46132398710") String recordId,
        @Schema(description = "The record's version at the source (Health Connect lastModifiedTime in epoch ms; 0 for the "
                + "others): a higher one replaces the import", example = "0") long recordVersion) {
}
