package io.restwell.journal.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Apple HealthKit sleep analysis samples ({@code HKCategorySample} of {@code HKCategoryTypeIdentifierSleepAnalysis}). */
@Schema(name = "HealthKitSleepImport", description = "Sleep analysis samples of one source; consecutive samples (gaps under "
        + "2 h) form one session")
public record HealthKitSleepImport(
        @NotNull @Size(min = 1, max = 1000) @Schema(required = true)
        List<@NotNull @Valid Sample> samples) {

    @Schema(name = "HealthKitSleepSample", description = "One HKCategorySample")
    public record Sample(
            @NotNull @Size(min = 1, max = 255) @Schema(required = true, example = "6E1F3A0C-9A52-4C7B-8C55-0A3E5C2D7B11") String uuid,
            @NotNull @Schema(required = true, description = "With the device's UTC offset", example = "2026-11-20T23:04:00+01:00")
            OffsetDateTime startDate,
            @NotNull @Schema(required = true, example = "2026-11-20T23:21:00+01:00") OffsetDateTime endDate,
            @NotNull @Size(min = 1, max = 100) @Schema(required = true, description = "HKCategoryValueSleepAnalysis: inBed, "
                    + "asleepUnspecified, awake, asleepCore, asleepDeep, asleepREM (the constant's name, with or without the "
                    + "HKCategoryValueSleepAnalysis prefix, or its raw value 0–5)", example = "HKCategoryValueSleepAnalysisAsleepCore")
            String value,
            @NotNull @Valid @Schema(required = true) SourceRevision sourceRevision) {
    }

    @Schema(name = "HealthKitSourceRevision", description = "HKSourceRevision: the app and device that wrote the sample")
    public record SourceRevision(
            @NotNull @Valid @Schema(required = true) Source source,
            @Size(max = 100) @Schema(example = "Watch6,1") @Nullable String productType,
            @Size(max = 100) @Schema(example = "10.1") @Nullable String version) {
    }

    @Schema(name = "HealthKitSource", description = "HKSource")
    public record Source(
            @NotNull @Size(min = 1, max = 255) @Schema(required = true, example = "Anna's Apple Watch") String name,
            @NotNull @Size(min = 1, max = 255) @Schema(required = true, example = "com.apple.health.8C2E44D0-7A1B-4F0B-9E0A-2B8F4E0D6C31")
            String bundleIdentifier) {
    }
}
