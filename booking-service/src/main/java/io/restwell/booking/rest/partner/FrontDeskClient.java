package io.restwell.booking.rest.partner;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FrontDeskClient", description = "The clinic's own client on a front-desk booking: kept for this clinic only, "
        + "never shown to people or other clinics, and erased on the clinic's request (DELETE …/bookings/{id}/client).")
public record FrontDeskClient(
        @Schema(example = "Jana Novak", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Nullable @Schema(example = "jana@example.com", maxLength = 320) @Email @Size(max = 320) String email,
        @Nullable @Schema(example = "+49 30 1234567", maxLength = 40) @Size(max = 40) String phone) {
}
