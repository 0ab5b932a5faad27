package io.restwell.booking.rest.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionType", description = "A kind of massage session a person can book.")
public record SessionTypeResponse(
        @Schema(description = "Stable identifier, used by availability and bookings.", example = "DEEP_TISSUE") String code,
        String name,
        @Schema(description = "What the session does and which pain it suits, in plain words.") String description,
        @Schema(description = "The lengths it is offered in, shortest first.") List<SessionDurationResponse> durations,
        @Schema(description = "The length a booking gets when it names none.", example = "60") int defaultMinutes,
        @Schema(description = "False once retired: no longer bookable.") boolean active) {
}
