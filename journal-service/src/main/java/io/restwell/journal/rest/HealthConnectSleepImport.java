package io.restwell.journal.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sleep sessions as the app read them from Android Health Connect ({@code SleepSessionRecord}). */
@Schema(name = "HealthConnectSleepImport", description = "SleepSessionRecords read from Health Connect, up to 100")
public record HealthConnectSleepImport(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true)
        List<@NotNull @Valid Session> records) {

    static final String OFFSET = "Z|[+-]\\d{2}:\\d{2}(:\\d{2})?";

    @Schema(name = "HealthConnectSleepSessionRecord", description = "One SleepSessionRecord: the time in bed and its stages")
    public record Session(
            @NotNull @Schema(required = true, example = "2026-11-20T22:04:00Z") Instant startTime,
            @Pattern(regexp = OFFSET) @Schema(description = "The UTC offset at the start (default UTC)", example = "+01:00")
            @Nullable String startZoneOffset,
            @NotNull @Schema(required = true, example = "2026-11-21T05:46:00Z") Instant endTime,
            @Pattern(regexp = OFFSET) @Schema(description = "The UTC offset at the end (default: the start's)", example = "+01:00")
            @Nullable String endZoneOffset,
            @Size(max = 1000) @Schema(description = "Read and ignored") @Nullable String title,
            @Size(max = 2000) @Schema(description = "Read and ignored") @Nullable String notes,
            @NotNull @Size(max = 1000) @Schema(required = true) List<@NotNull @Valid Stage> stages,
            @NotNull @Valid @Schema(required = true) Metadata metadata) {
    }

    @Schema(name = "HealthConnectSleepStage", description = "SleepSessionRecord.Stage")
    public record Stage(
            @NotNull @Schema(required = true, example = "2026-11-20T22:04:00Z") Instant startTime,
            @NotNull @Schema(required = true, example = "2026-11-20T22:21:00Z") Instant endTime,
            @NotNull @Min(0) @Max(7) @Schema(required = true, description = "STAGE_TYPE_*: 0 unknown, 1 awake, 2 sleeping, "
                    + "3 out of bed, 4 light, 5 deep, 6 REM, 7 awake in bed", example = "4") Integer stage) {
    }

    @Schema(name = "HealthConnectMetadata", description = "The record's Metadata")
    public record Metadata(
            @NotNull @Size(min = 1, max = 255) @Schema(required = true, description = "Health Connect's id of the record",
                    example = "0d8f3c52-6f0e-4b3e-a1f2-39c6d1c1a7e4") String id,
            @NotNull @Valid @Schema(required = true) DataOrigin dataOrigin,
            @Schema(description = "When the record last changed: a later one replaces what was imported", example = "2026-11-21T05:47:12Z")
            @Nullable Instant lastModifiedTime,
            @Size(max = 255) @Schema(description = "Read and ignored (the writing app's own id)") @Nullable String clientRecordId,
            @Schema(description = "Read and ignored") @Nullable Long clientRecordVersion,
            @Valid @Nullable Device device) {
    }

    @Schema(name = "HealthConnectDataOrigin")
    public record DataOrigin(
            @NotNull @Size(min = 1, max = 255) @Schema(required = true, example = "com.google.android.apps.fitness") String packageName) {
    }

    @Schema(name = "HealthConnectDevice")
    public record Device(
            @Size(max = 100) @Schema(example = "Google") @Nullable String manufacturer,
            @Size(max = 100) @Schema(example = "Pixel Watch 2") @Nullable String model,
            @Schema(description = "Device.TYPE_*", example = "1") @Nullable Integer type) {
    }
}
