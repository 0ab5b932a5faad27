package io.restwell.booking.rest.partner;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerKeyHolder", description = "Who the API key of this request speaks for: its clinic and the key itself "
        + "(never its secret part).")
public record PartnerKeyHolder(
        @Schema(example = "5b1d3c7e-0000-4000-8000-00000000c0de") UUID clinicId,
        @Schema(description = "The key's id, as the admin API lists it.", example = "3c0a9c55-1f7e-4d7f-b1a8-1f2c6f0d9e42") UUID keyId,
        @Schema(description = "The key's first characters, to tell keys apart.", example = "rw_live_7fK2pQ9x") String keyPrefix) {
}
