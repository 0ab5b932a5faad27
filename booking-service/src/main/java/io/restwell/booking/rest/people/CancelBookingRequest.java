package io.restwell.booking.rest.people;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelBookingRequest")
public record CancelBookingRequest(
        @Schema(example = "Feeling better, thanks.", maxLength = 500) @Size(max = 500) @Nullable String reason) {
}
