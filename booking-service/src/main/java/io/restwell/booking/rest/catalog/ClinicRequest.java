package io.restwell.booking.rest.catalog;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.CatalogCommands;
import io.restwell.booking.rest.Address;
import io.restwell.booking.rest.Contact;
import io.restwell.booking.rest.Location;

@Schema(name = "ClinicRequest", description = "A clinic as an admin creates or replaces it.")
public record ClinicRequest(
        @Schema(example = "Rückenwerk Mitte") @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Address address,
        @Schema(description = "IANA time zone of the clinic; working hours are in it.", example = "Europe/Berlin")
        @NotBlank @Size(max = 64) String timeZone,
        @Valid @Nullable Contact contact,
        @Schema(description = "Defaults to true; false hides it and its slots.") @Nullable Boolean active,
        @Schema(description = "Where it is; without one, near-me searches do not find it.") @Valid @Nullable Location location,
        @Schema(description = "ISO 4217 currency it charges in; defaults to the country's (GB: GBP).", example = "EUR")
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") @Nullable String currency) {

    public CatalogCommands.ClinicDetails toCommand() {
        return new CatalogCommands.ClinicDetails(name, address.street(), address.postalCode(), address.city(),
                address.country(), timeZone, contact == null ? null : contact.phone(),
                contact == null ? null : contact.email(), contact == null ? null : contact.website(), active,
                location == null ? null : location.latitude(), location == null ? null : location.longitude(), currency);
    }
}
