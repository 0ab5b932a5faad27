package io.restwell.booking.rest.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.rest.Money;

@Schema(name = "ClinicPrice", description = "What one length of one session type costs at the clinic, in its currency.")
public record ClinicPriceResponse(
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(example = "60") int minutes,
        Money price) {
}
