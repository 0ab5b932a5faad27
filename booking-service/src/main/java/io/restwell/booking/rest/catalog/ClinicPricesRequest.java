package io.restwell.booking.rest.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.CatalogCommands;

@Schema(name = "ClinicPricesRequest", description = "A clinic's own prices, all in the clinic's currency; they replace "
        + "its earlier ones. A length left out costs the session type's list price if that is in the clinic's currency, "
        + "else it is not offered at the clinic.")
public record ClinicPricesRequest(@NotNull @Size(max = 100) List<@NotNull @Valid Entry> prices) {

    @Schema(name = "ClinicPriceRequest")
    public record Entry(
            @Schema(example = "DEEP_TISSUE") @NotBlank @Size(max = 64) String sessionType,
            @Schema(example = "60") @NotNull @Min(5) @Max(480) Integer minutes,
            @Schema(description = "Decimal amount in the clinic's currency.", example = "95.00")
            @NotNull @Pattern(regexp = "^\\d{1,7}(\\.\\d{1,3})?$", message = "must be a decimal string such as 85.00") String amount) {
    }

    public List<CatalogCommands.ClinicPriceDetails> toCommand() {
        return prices.stream().map(entry -> new CatalogCommands.ClinicPriceDetails(entry.sessionType().trim(),
                entry.minutes(), entry.amount())).toList();
    }
}
