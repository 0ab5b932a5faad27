package io.restwell.booking.rest.catalog;

import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.CatalogCommands;
import io.restwell.booking.rest.Money;

@Schema(name = "SessionTypeRequest", description = "A session type as an admin creates or replaces it.")
public record SessionTypeRequest(
        @Schema(example = "HOT_STONE", description = "Upper-case code; cannot change once created.")
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be upper-case letters, digits and _") String code,
        @Schema(example = "Hot stone massage") @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Duration> durations,
        @Schema(description = "Defaults to 60 if offered, else the shortest.", example = "60") @Nullable Integer defaultMinutes,
        @Schema(description = "Defaults to true.") @Nullable Boolean active) {

    @Schema(name = "SessionDurationRequest")
    public record Duration(
            @Schema(example = "60") @NotNull @Min(5) @Max(480) Integer minutes,
            @NotNull @Valid Money price) {
    }

    public CatalogCommands.SessionTypeDetails toCommand() {
        return new CatalogCommands.SessionTypeDetails(code, name, description, durations.stream()
                .map(duration -> new CatalogCommands.PricedDuration(duration.minutes(), duration.price().amount(),
                        duration.price().currency())).toList(), defaultMinutes, active);
    }
}
