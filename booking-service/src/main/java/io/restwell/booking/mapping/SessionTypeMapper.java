package io.restwell.booking.mapping;

import java.math.BigDecimal;
import java.util.Currency;

import io.restwell.booking.SessionType;
import io.restwell.booking.SessionTypeDuration;
import io.restwell.booking.domain.Prices;
import io.restwell.booking.rest.Money;
import io.restwell.booking.rest.catalog.SessionDurationResponse;
import io.restwell.booking.rest.catalog.SessionTypeResponse;

public final class SessionTypeMapper {

    private SessionTypeMapper() {
    }

    public static SessionTypeResponse toResponse(SessionType type) {
        return new SessionTypeResponse(type.code, type.name, type.description,
                type.durations.stream().map(SessionTypeMapper::toResponse).toList(), type.defaultMinutes, type.active);
    }

    private static SessionDurationResponse toResponse(SessionTypeDuration duration) {
        return new SessionDurationResponse(duration.minutes, money(duration.priceCents, duration.currency));
    }

    /** Minor units to a decimal string, with as many decimals as the currency has (2 for EUR, 0 for JPY). */
    public static Money money(long minorUnits, String currency) {
        int decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(BigDecimal.valueOf(minorUnits, decimals).toPlainString(), currency);
    }

    /** A price to minor units (domain/Prices): exact, or refused. */
    public static long minorUnits(Money money) {
        return Prices.minorUnits(money.amount(), money.currency());
    }
}
