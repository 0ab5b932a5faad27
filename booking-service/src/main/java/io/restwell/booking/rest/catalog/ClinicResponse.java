package io.restwell.booking.rest.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.restwell.booking.rest.Address;
import io.restwell.booking.rest.Contact;
import io.restwell.booking.rest.Location;

@Schema(name = "Clinic", description = "A partner clinic.")
public record ClinicResponse(
        UUID id,
        String name,
        Address address,
        @Schema(example = "Europe/Berlin") String timeZone,
        Contact contact,
        boolean active,
        @Schema(description = "Where it is; null while it is not on the map.") @Nullable Location location,
        @Schema(description = "ISO 4217 currency it charges in.", example = "EUR") String currency,
        @Schema(description = "What each session type on offer costs here, by type and length (its own prices, "
                + "else the type's list price when that is in the clinic's currency).") List<ClinicPriceResponse> prices) {
}
