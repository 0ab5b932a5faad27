package io.restwell.booking.rest.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.restwell.booking.rest.Money;

@Schema(name = "SessionDuration", description = "One length a session type is offered in, and its list price: what a clinic "
        + "charging in that currency asks unless it set its own (a clinic's prices are on the clinic and on each slot).")
public record SessionDurationResponse(
        @Schema(example = "60") int minutes,
        Money price) {
}
