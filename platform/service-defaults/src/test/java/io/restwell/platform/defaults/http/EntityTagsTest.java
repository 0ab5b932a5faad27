package io.restwell.platform.defaults.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aVersionIsAQuotedStrongTag() {
        assertEquals("\"7\"", EntityTags.of(7));
    }

    @Test
    void absentOrBlankHeadersAskForNothing() {
        assertEquals(Optional.empty(), EntityTags.parse(null, "If-Match"));
        assertEquals(Optional.empty(), EntityTags.parse("  ", "If-Match"));
    }

    @Test
    void listsWeakTagsAndStarMatchAsHttpSays() {
        EntityTags.Condition condition = EntityTags.parse("\"2\", W/\"5\"", "If-Match").orElseThrow();
        assertTrue(condition.matches(2));
        assertTrue(condition.matches(5));
        assertFalse(condition.matches(3));
        assertTrue(EntityTags.parse("*", "If-None-Match").orElseThrow().matches(42));
        assertFalse(EntityTags.parse("\"abc\"", "If-Match").orElseThrow().matches(-2));
    }

    @Test
    void unquotedTagsAreMalformedNamingTheHeader() {
        EntityTags.MalformedTagException e = assertThrows(EntityTags.MalformedTagException.class,
                () -> EntityTags.parse("3", "If-Match"));
        assertEquals("If-Match", e.header());
    }
}
