package io.restwell.booking.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Prices are kept in a currency's minor units (cents), exactly: never rounded. */
public final class Prices {

    private Prices() {
    }

    /**
     * A decimal string to minor units; refuses an unknown currency and more decimals than the currency
     * has (2 for EUR, 0 for JPY).
     */
    public static long minorUnits(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown currency " + currencyCode);
        }
        int decimals = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal value = new BigDecimal(amount);
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException(currencyCode + " has " + decimals + " decimals");
        }
        return value.movePointRight(decimals).longValueExact();
    }
}
