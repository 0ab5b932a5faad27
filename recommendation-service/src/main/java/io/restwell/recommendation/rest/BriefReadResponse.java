package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BriefRead", description = "One read of the caller's brief by the clinic: which clinic, with which of its API "
        + "keys (its id and visible prefix, never the key), when, as JSON or FHIR.")
public record BriefReadResponse(
        @Schema(example = "5b1d3c7e-0000-4000-8000-00000000c0de") UUID clinicId,
        @Schema(example = "3c0a9c55-1f7e-4d7f-b1a8-1f2c6f0d9e42") UUID keyId,
        @Schema(example = "rw_live_7fK2pQ9x") String keyPrefix,
        @Schema(enumeration = {"JSON", "FHIR"}, example = "JSON") String format,
        @Schema(example = "2026-12-05T09:12:00Z") OffsetDateTime readAt) {

    /** A page of reads, newest first ({@code page} counts from 0; {@code total} counts the reads in all pages). */
    @Schema(name = "BriefReadPage")
    public record Page(List<BriefReadResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "1") long total) {
    }
}
