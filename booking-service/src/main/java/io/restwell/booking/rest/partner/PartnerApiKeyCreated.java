package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerApiKeyCreated", description = "A new API key. `key` is shown only in this answer: "
        + "Restwell keeps a hash of it and cannot show it again.")
public record PartnerApiKeyCreated(
        @Schema(example = "3c0a9c55-1f7e-4d7f-b1a8-1f2c6f0d9e42") UUID id,
        @Schema(example = "5b1d3c7e-0000-4000-8000-00000000c0de") UUID clinicId,
        @Schema(example = "Front-desk system") String label,
        @Schema(example = "rw_live_7fK2pQ9x") String prefix,
        @Schema(description = "The key: send it as X-Api-Key. Store it in a secret store now.",
                example = "rw_live_7fK2pQ9xLm3ZtW8bR1cV6nY0sD4hJ2gF5aE9uK7q") String key,
        @Schema(example = "2026-11-01T08:15:00Z") OffsetDateTime createdAt) {
}
