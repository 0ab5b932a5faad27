package io.restwell.booking.rest.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.restwell.booking.rest.Money;

@Schema(name = "SessionDuration", description = "One length a session type is offered in, and its price.")
public record SessionDurationResponse(
        @Schema(example = "60") int minutes,
        Money price) {
}
