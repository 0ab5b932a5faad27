package io.restwell.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An exact amount of money: a decimal string, never a float.")
public record Money(
        @Schema(description = "Decimal amount in the currency's major unit.", example = "85.00", pattern = "^\\d+(\\.\\d+)?$") String amount,
        @Schema(description = "ISO 4217 currency code.", example = "EUR") String currency) {
}
