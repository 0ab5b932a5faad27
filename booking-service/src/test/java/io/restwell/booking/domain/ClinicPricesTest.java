package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.restwell.booking.domain.ClinicPrices.Key;
import io.restwell.booking.domain.ClinicPrices.Price;

class ClinicPricesTest {

    private static final List<Price> DEEP_TISSUE_LIST = List.of(new Price(60, 8500, "EUR"), new Price(90, 11500, "EUR"));

    @Test
    void aClinicsOwnPriceWinsOverTheList() {
        Map<Key, Price> own = Map.of(new Key("DEEP_TISSUE", 60), new Price(60, 9500, "EUR"));
        assertEquals(List.of(new Price(60, 9500, "EUR"), new Price(90, 11500, "EUR")),
                ClinicPrices.offered("EUR", own, "DEEP_TISSUE", DEEP_TISSUE_LIST));
    }

    @Test
    void aClinicInAnotherCurrencyOffersOnlyWhatItPricedItself() {
        Map<Key, Price> own = Map.of(new Key("DEEP_TISSUE", 90), new Price(90, 10000, "GBP"));
        assertEquals(List.of(new Price(90, 10000, "GBP")), ClinicPrices.offered("GBP", own, "DEEP_TISSUE", DEEP_TISSUE_LIST));
        assertEquals(Optional.empty(), ClinicPrices.of("GBP", own, "DEEP_TISSUE", DEEP_TISSUE_LIST.get(0)));
        assertEquals(List.of(), ClinicPrices.offered("USD", Map.of(), "DEEP_TISSUE", DEEP_TISSUE_LIST));
    }

    @Test
    void aPriceLeftInAnOldCurrencyIsDormant() {
        // The clinic moved from EUR to GBP: its EUR row is not charged in pounds.
        Map<Key, Price> own = Map.of(new Key("DEEP_TISSUE", 60), new Price(60, 9500, "EUR"));
        assertEquals(Optional.empty(), ClinicPrices.of("GBP", own, "DEEP_TISSUE", DEEP_TISSUE_LIST.get(0)));
        // Another type's price does not leak into this one.
        assertEquals(Optional.of(new Price(60, 8500, "EUR")), ClinicPrices.of("EUR",
                Map.of(new Key("SWEDISH", 60), new Price(60, 1, "EUR")), "DEEP_TISSUE", DEEP_TISSUE_LIST.get(0)));
    }
}
