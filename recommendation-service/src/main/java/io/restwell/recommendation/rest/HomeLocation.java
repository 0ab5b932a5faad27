package io.restwell.recommendation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HomeLocation", description = "Where the person travels from, in degrees (WGS 84).")
public record HomeLocation(
        @Schema(required = true, minimum = "-90", maximum = "90", example = "52.5200") Double latitude,
        @Schema(required = true, minimum = "-180", maximum = "180", example = "13.4050") Double longitude) {
}
