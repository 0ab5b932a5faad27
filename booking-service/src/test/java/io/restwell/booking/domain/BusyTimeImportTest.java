package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restwell.booking.domain.BookingException.Violation;
import io.restwell.booking.domain.BusyTimeImport.Item;
import io.restwell.booking.domain.BusyTimeImport.Taken;

class BusyTimeImportTest {

    private static final UUID OURS = UUID.randomUUID();
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private static Item busy(String id, UUID therapist, Instant start, Instant end) {
        return new Item(id, therapist, start, end, false);
    }

    @Test
    void aGoodImportAndRemovalsThatNeedOnlyTheirIdBreakNothing() {
        List<Item> items = List.of(busy("a", OURS, NINE, NINE.plusSeconds(3600)), new Item("b", null, null, null, true));
        assertEquals(List.of(), BusyTimeImport.violations(items, Set.of(OURS)));
    }

    @Test
    void everyBrokenItemIsNamedByItsPlaceInTheRequest() {
        List<Item> items = new ArrayList<>();
        items.add(busy("ok", OURS, NINE, NINE.plusSeconds(60)));
        items.add(busy("backwards", OURS, NINE, NINE.minusSeconds(60)));
        items.add(busy("elsewhere", UUID.randomUUID(), NINE, NINE.plusSeconds(60)));
        items.add(busy("ok", OURS, NINE, NINE.plusSeconds(60)));
        items.add(busy(" ", OURS, null, NINE));
        items.add(busy("long", OURS, NINE, NINE.plus(Duration.ofDays(32))));
        items.add(busy("x".repeat(201), OURS, NINE, NINE.plusSeconds(60)));
        items.add(null);
        List<String> fields = BusyTimeImport.violations(items, Set.of(OURS)).stream().map(Violation::field).toList();
        assertEquals(List.of("intervals[1].end", "intervals[2].therapistId", "intervals[3].externalId",
                "intervals[4].externalId", "intervals[4].start", "intervals[5].end", "intervals[6].externalId", "intervals[7]"), fields);
    }

    @Test
    void aRequestHoldsOneTo500Intervals() {
        assertEquals("intervals", BusyTimeImport.violations(List.of(), Set.of(OURS)).get(0).field());
        List<Item> many = new ArrayList<>(Collections.nCopies(10_000, busy("same", OURS, NINE, NINE.plusSeconds(60))));
        List<Violation> tooMany = BusyTimeImport.violations(many, Set.of(OURS));
        assertEquals(1, tooMany.size(), "one clear answer, not 10,000");
        assertEquals("intervals", tooMany.get(0).field());
        assertTrue(tooMany.get(0).message().contains("at most 500"), tooMany.get(0).message());
        List<Item> fiveHundred = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            fiveHundred.add(busy("id-" + i, OURS, NINE, NINE.plusSeconds(60)));
        }
        assertEquals(List.of(), BusyTimeImport.violations(fiveHundred, Set.of(OURS)));
    }

    @Test
    void aConflictIsABookingOfTheSameTherapistWhoseTimeOverlaps() {
        UUID other = UUID.randomUUID();
        UUID touching = UUID.randomUUID();
        UUID overlapping = UUID.randomUUID();
        UUID othersBooking = UUID.randomUUID();
        List<Taken> taken = List.of(
                new Taken(touching, OURS, new Interval(NINE.minusSeconds(3600), NINE)),
                new Taken(overlapping, OURS, new Interval(NINE.plusSeconds(1800), NINE.plusSeconds(5400))),
                new Taken(othersBooking, other, new Interval(NINE, NINE.plusSeconds(3600))));
        assertEquals(List.of(overlapping), BusyTimeImport.conflicts(OURS, new Interval(NINE, NINE.plusSeconds(3600)), taken));
    }
}
