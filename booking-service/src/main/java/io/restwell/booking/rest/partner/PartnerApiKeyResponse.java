package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerApiKey", description = "A clinic's API key as listed: never the key itself, only its visible prefix.")
public record PartnerApiKeyResponse(
        @Schema(example = "3c0a9c55-1f7e-4d7f-b1a8-1f2c6f0d9e42") UUID id,
        @Schema(example = "5b1d3c7e-0000-4000-8000-00000000c0de") UUID clinicId,
        @Schema(example = "Front-desk system") String label,
        @Schema(description = "The key's first characters, to tell keys apart.", example = "rw_live_7fK2pQ9x") String prefix,
        @Schema(example = "2026-11-01T08:15:00Z") OffsetDateTime createdAt,
        @Schema(description = "At most a minute behind the real last use.", example = "2026-11-02T17:40:00Z") @Nullable OffsetDateTime lastUsedAt,
        @Schema(description = "Null while the key works.") @Nullable OffsetDateTime revokedAt) {
}
