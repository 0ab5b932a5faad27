package io.restwell.booking.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void readsExactDecimalStringsIntoMinorUnits() {
        assertEquals(8500, SessionTypeMapper.minorUnits(new Money("85", "EUR")));
        assertEquals(8550, SessionTypeMapper.minorUnits(new Money("85.5", "EUR")));
        assertEquals(9500, SessionTypeMapper.minorUnits(new Money("9500", "JPY")));
        assertThrows(IllegalArgumentException.class, () -> SessionTypeMapper.minorUnits(new Money("85.001", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> SessionTypeMapper.minorUnits(new Money("1.5", "JPY")));
        assertThrows(IllegalArgumentException.class, () -> SessionTypeMapper.minorUnits(new Money("10", "XYZ")));
    }
}
