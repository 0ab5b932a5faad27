package io.restwell.booking.rest.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerApiKeyRequest")
public record PartnerApiKeyRequest(
        @Schema(description = "What the key is for, to recognise it later.", example = "Front-desk system", maxLength = 100)
        @NotBlank @Size(max = 100) String label) {
}
