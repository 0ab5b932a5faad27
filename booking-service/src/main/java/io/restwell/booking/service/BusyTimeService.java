package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.BusyInterval;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingException.Violation;
import io.restwell.booking.domain.BusyTimeImport;
import io.restwell.booking.domain.BusyTimeImport.Item;
import io.restwell.booking.domain.BusyTimeImport.Taken;
import io.restwell.booking.domain.Interval;
import io.restwell.booking.repository.BusyIntervalRepository;
import io.restwell.booking.repository.TherapistRepository;

/**
 * A clinic's busy time from its own systems, imported in bulk: one transaction per request, all or
 * nothing. An interval that overlaps a Restwell booking is kept (the therapist is busy either way) and
 * reported with the booking's id, for the clinic to resolve.
 */
@ApplicationScoped
public class BusyTimeService {

    /** What an item did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, DELETED, ABSENT }

    /** One item's result, in the request's order. */
    public record Result(String externalId, Outcome outcome, List<UUID> conflictingBookingIds) {
    }

    /** Rows per JDBC batch of an import's inserts, updates and deletions. */
    private static final int WRITE_BATCH = 100;

    private final BusyIntervalRepository busyTime;
    private final TherapistRepository therapists;
    private final Clock clock;

    BusyTimeService(BusyIntervalRepository busyTime, TherapistRepository therapists, Clock clock) {
        this.busyTime = busyTime;
        this.therapists = therapists;
        this.clock = clock;
    }

    @Transactional
    public List<Result> sync(UUID clinicId, List<Item> items) {
        Set<UUID> named = new TreeSet<>(); // sorted: every import takes the therapists' locks in one order
        if (items != null && items.size() <= BusyTimeImport.MAX_ITEMS) {
            items.stream().filter(Objects::nonNull).map(Item::therapistId).filter(Objects::nonNull).forEach(named::add);
        }
        List<Violation> violations = BusyTimeImport.violations(items, therapists.idsInClinic(clinicId, named));
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        Map<String, BusyInterval> existing = new HashMap<>();
        for (BusyInterval interval : busyTime.byExternalIds(clinicId, items.stream().map(Item::externalId).toList())) {
            existing.put(interval.externalId, interval);
            named.add(interval.therapistId); // moving or removing an interval changes its old therapist's time too
        }
        named.forEach(busyTime::lockTherapistTime);
        busyTime.batchWrites(WRITE_BATCH); // 500 rows: a handful of statements, not 500 round trips

        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Result> results = new ArrayList<>(items.size());
        List<Item> placed = new ArrayList<>();
        for (Item item : items) {
            BusyInterval current = existing.get(item.externalId());
            if (item.deleted()) {
                if (current == null) {
                    results.add(new Result(item.externalId(), Outcome.ABSENT, List.of()));
                } else {
                    busyTime.delete(current);
                    results.add(new Result(item.externalId(), Outcome.DELETED, List.of()));
                }
                continue;
            }
            placed.add(item);
            if (current == null) {
                BusyInterval created = new BusyInterval();
                created.id = UUID.randomUUID();
                created.clinicId = clinicId;
                created.externalId = item.externalId();
                created.createdAt = now;
                place(created, item, now);
                busyTime.persist(created);
                results.add(new Result(item.externalId(), Outcome.CREATED, List.of()));
            } else if (current.therapistId.equals(item.therapistId()) && current.startAt.toInstant().equals(item.start())
                    && current.endAt.toInstant().equals(item.end())) {
                results.add(new Result(item.externalId(), Outcome.UNCHANGED, List.of()));
            } else {
                place(current, item, now);
                results.add(new Result(item.externalId(), Outcome.UPDATED, List.of()));
            }
        }
        return withConflicts(results, placed);
    }

    /** Each placed interval's overlapping bookings, from one query over the span of them all. */
    private List<Result> withConflicts(List<Result> results, List<Item> placed) {
        if (placed.isEmpty()) {
            return results;
        }
        Instant from = placed.stream().map(Item::start).min(Instant::compareTo).orElseThrow();
        Instant to = placed.stream().map(Item::end).max(Instant::compareTo).orElseThrow();
        List<Taken> taken = busyTime.bookingsOverlapping(placed.stream().map(Item::therapistId).distinct().toList(), from, to);
        if (taken.isEmpty()) {
            return results;
        }
        Map<String, Item> byId = new HashMap<>();
        placed.forEach(item -> byId.put(item.externalId(), item));
        return results.stream().map(result -> {
            Item item = byId.get(result.externalId());
            if (item == null) {
                return result;
            }
            return new Result(result.externalId(), result.outcome(),
                    BusyTimeImport.conflicts(item.therapistId(), new Interval(item.start(), item.end()), taken));
        }).toList();
    }

    private static void place(BusyInterval interval, Item item, OffsetDateTime now) {
        interval.therapistId = item.therapistId();
        interval.startAt = item.start().atOffset(java.time.ZoneOffset.UTC);
        interval.endAt = item.end().atOffset(java.time.ZoneOffset.UTC);
        interval.updatedAt = now;
    }
}
