package io.restwell.booking.rest.catalog;

import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.CatalogCommands;

@Schema(name = "TherapistRequest", description = "A therapist as an admin creates or replaces them.")
public record TherapistRequest(
        @Schema(example = "Mara Lindqvist") @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) @Nullable String bio,
        @Schema(description = "Codes of the session types they may give.", example = "[\"DEEP_TISSUE\", \"TRIGGER_POINT\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank String> qualifications,
        @Schema(description = "Defaults to true; false hides them and their slots.") @Nullable Boolean active) {

    public CatalogCommands.TherapistDetails toCommand() {
        return new CatalogCommands.TherapistDetails(name, bio, qualifications, active);
    }
}
