package io.restwell.booking.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Location", description = "A place on the map in degrees (WGS 84).")
public record Location(
        @Schema(example = "52.5292", minimum = "-90", maximum = "90")
        @NotNull @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @Schema(example = "13.4015", minimum = "-180", maximum = "180")
        @NotNull @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude) {
}
