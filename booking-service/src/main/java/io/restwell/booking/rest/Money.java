package io.restwell.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An exact amount of money: a decimal string, never a float.")
public record Money(
        @Schema(description = "Decimal amount in the currency's major unit.", example = "85.00", pattern = "^\\d+(\\.\\d+)?$")
        @NotNull @Pattern(regexp = "^\\d{1,7}(\\.\\d{1,3})?$", message = "must be a decimal string such as 85.00") String amount,
        @Schema(description = "ISO 4217 currency code.", example = "EUR")
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {
}
