package io.restwell.booking.rest.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCancelRequest", description = "Why the clinic cancels: the person is told, so say it plainly.")
public record PartnerCancelRequest(
        @Schema(example = "Your therapist is ill; we are sorry. Please book another time.", maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
