package io.restwell.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Address")
public record Address(
        @Schema(example = "Torstraße 12") @NotBlank @Size(max = 200) String street,
        @Schema(example = "10119") @NotBlank @Size(max = 20) String postalCode,
        @Schema(example = "Berlin") @NotBlank @Size(max = 100) String city,
        @Schema(description = "ISO 3166-1 alpha-2.", example = "DE")
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as DE") String country) {
}
