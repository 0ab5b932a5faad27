package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final URI BOOKING = URI.create("http://booking:8081");
    private static final URI JOURNAL = URI.create("http://journal:8082");
    private static final URI PARTNER = URI.create("http://partner:9000");

    private final RouteTable table = new RouteTable(List.of(
            new Route("/api/v1/journal", "journal", JOURNAL),
            new Route("/api/v1/bookings", "booking", BOOKING),
            new Route("/api/v1/bookings/partner-feed", "partner", PARTNER)));

    @Test
    void routesWholeSegmentsOfAPrefix() {
        assertEquals("journal", table.routeFor("/api/v1/journal").orElseThrow().area());
        assertEquals("journal", table.routeFor("/api/v1/journal/sleep-entries/42").orElseThrow().area());
        assertTrue(table.routeFor("/api/v1/journalx").isEmpty());
        assertTrue(table.routeFor("/api/v1").isEmpty());
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals("partner", table.routeFor("/api/v1/bookings/partner-feed/x").orElseThrow().area());
        assertEquals("booking", table.routeFor("/api/v1/bookings/partner-feedx").orElseThrow().area());
    }

    @Test
    void refusesPathTraversal() {
        assertTrue(table.routeFor("/api/v1/journal/../bookings").isEmpty());
        assertTrue(table.routeFor("/api/v1/journal/..").isEmpty());
    }

    @Test
    void refusesTwoOwnersOfOnePrefix() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(
                new Route("/api/v1/journal", "journal", JOURNAL),
                new Route("/api/v1/journal", "booking", BOOKING))));
        assertThrows(IllegalArgumentException.class, () -> new Route("/api/v1/journal/", "journal", JOURNAL));
    }
}
