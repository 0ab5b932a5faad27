package io.restwell.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionDuration", description = "One length a session type is offered in, and its price.")
public record SessionDurationResponse(
        @Schema(example = "60") int minutes,
        Money price) {
}
