package io.restwell.booking.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.restwell.booking.rest.Money;

class SessionTypeMapperTest {

    @Test
    void writesCentsAsAnExactDecimalString() {
        assertEquals(new Money("85.00", "EUR"), SessionTypeMapper.money(8500, "EUR"));
        assertEquals(new Money("0.05", "EUR"), SessionTypeMapper.money(5, "EUR"));
        assertEquals(new Money("115.50", "EUR"), SessionTypeMapper.money(11550, "EUR"));
    }

    @Test
    void usesTheCurrencysOwnNumberOfDecimals() {
        assertEquals(new Money("9500", "JPY"), SessionTypeMapper.money(9500, "JPY"));
    }
}
