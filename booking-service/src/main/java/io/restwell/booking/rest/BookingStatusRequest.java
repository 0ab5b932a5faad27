package io.restwell.booking.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.BookingStatus;

@Schema(name = "BookingStatusRequest", description = "A clinic-side change: ARRIVED, COMPLETED or NO_SHOW.")
public record BookingStatusRequest(
        @Schema(example = "COMPLETED") @NotNull BookingStatus status) {
}
