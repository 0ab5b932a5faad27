package io.restwell.booking.rest.catalog;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.restwell.booking.rest.Address;
import io.restwell.booking.rest.Contact;

@Schema(name = "Clinic", description = "A partner clinic.")
public record ClinicResponse(
        UUID id,
        String name,
        Address address,
        @Schema(example = "Europe/Berlin") String timeZone,
        Contact contact,
        boolean active) {
}
