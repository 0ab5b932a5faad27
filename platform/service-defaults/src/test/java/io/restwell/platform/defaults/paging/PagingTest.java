package io.restwell.platform.defaults.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesFromZeroToTheBoundAreValidAndNothingElse() {
        assertTrue(Paging.validPage(0));
        assertTrue(Paging.validPage(Paging.MAX_PAGE));
        assertFalse(Paging.validPage(-1));
        assertFalse(Paging.validPage(Paging.MAX_PAGE + 1L));
        assertFalse(Paging.validPage(Integer.MAX_VALUE));
        assertTrue(Paging.validSize(1) && Paging.validSize(100));
        assertFalse(Paging.validSize(0) || Paging.validSize(101));
    }

    @Test
    void theFirstIndexOfTheLastPageFitsAnIntAndPastItIsRefusedNotOverflowed() {
        assertEquals(40, Paging.firstIndex(2, 20));
        assertEquals(Paging.MAX_OFFSET, Paging.firstIndex(Paging.MAX_PAGE, Paging.MAX_SIZE));
        assertTrue(Paging.MAX_OFFSET > 0 && Paging.MAX_OFFSET < Integer.MAX_VALUE - Paging.MAX_SIZE);
        assertThrows(IllegalArgumentException.class, () -> Paging.firstIndex(107_374_183, 20));
        assertThrows(IllegalArgumentException.class, () -> Paging.firstIndex(Integer.MAX_VALUE, 100));
    }

    @Test
    void theOpenApiTextsSayTheSameNumbers() {
        assertEquals(String.valueOf(Paging.MAX_PAGE), Paging.MAX_PAGE_TEXT);
        assertEquals(String.valueOf(Paging.MAX_OFFSET), Paging.MAX_OFFSET_TEXT);
    }
}
