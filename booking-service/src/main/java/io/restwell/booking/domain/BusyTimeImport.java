package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restwell.booking.domain.BookingException.Violation;

/**
 * The rules of a clinic's bulk import of busy time: what a request may hold, item by item. An import
 * is all or nothing, so every broken item is named at once ({@code intervals[3].end}) and none is
 * written.
 */
public final class BusyTimeImport {

    /** Most intervals one request may carry. */
    public static final int MAX_ITEMS = 500;
    /** Longest interval: a holiday, not a standing block (weekly hours say when a therapist works). */
    public static final Duration MAX_LENGTH = Duration.ofDays(31);
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;

    /** One interval to put in place ({@code deleted} false) or remove; times are null on a removal. */
    public record Item(String externalId, UUID therapistId, Instant start, Instant end, boolean deleted) {
    }

    private BusyTimeImport() {
    }

    /**
     * Every broken item of the request. {@code clinicTherapists}: the ids of the calling clinic's
     * therapists; any other id, unknown or another clinic's, is named the same way.
     */
    public static List<Violation> violations(List<Item> items, Set<UUID> clinicTherapists) {
        List<Violation> found = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            found.add(new Violation("intervals", "must hold at least one interval"));
            return found;
        }
        if (items.size() > MAX_ITEMS) {
            found.add(new Violation("intervals", "holds " + items.size() + " intervals; at most " + MAX_ITEMS
                    + " per request: send the rest in further requests"));
            return found;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "intervals[" + i + "]";
            Item item = items.get(i);
            if (item == null) {
                found.add(new Violation(at, "must be an interval"));
                continue;
            }
            String externalId = item.externalId();
            if (externalId == null || externalId.isBlank()) {
                found.add(new Violation(at + ".externalId", "is required"));
            } else if (externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
                found.add(new Violation(at + ".externalId", "must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters"));
            } else {
                Integer earlier = firstIndex.putIfAbsent(externalId, i);
                if (earlier != null) {
                    found.add(new Violation(at + ".externalId", "repeats intervals[" + earlier + "]; each id once per request"));
                }
            }
            if (item.deleted()) {
                continue; // a removal needs only its id
            }
            if (item.therapistId() == null) {
                found.add(new Violation(at + ".therapistId", "is required"));
            } else if (!clinicTherapists.contains(item.therapistId())) {
                found.add(new Violation(at + ".therapistId", "is not a therapist of this clinic"));
            }
            if (item.start() == null) {
                found.add(new Violation(at + ".start", "is required"));
            }
            if (item.end() == null) {
                found.add(new Violation(at + ".end", "is required"));
            }
            if (item.start() != null && item.end() != null) {
                if (!item.end().isAfter(item.start())) {
                    found.add(new Violation(at + ".end", "must be after start"));
                } else if (Duration.between(item.start(), item.end()).compareTo(MAX_LENGTH) > 0) {
                    found.add(new Violation(at + ".end", "an interval lasts at most " + MAX_LENGTH.toDays() + " days"));
                }
            }
        }
        return found;
    }

    /** A booking's time, as it takes the therapist: start to end plus buffer. */
    public record Taken(UUID bookingId, UUID therapistId, Interval interval) {
    }

    /** The bookings among {@code taken} that overlap {@code busy} of {@code therapistId}, in the order given. */
    public static List<UUID> conflicts(UUID therapistId, Interval busy, Collection<Taken> taken) {
        List<UUID> ids = new ArrayList<>();
        for (Taken booking : taken) {
            if (booking.therapistId().equals(therapistId) && booking.interval().overlaps(busy)) {
                ids.add(booking.bookingId());
            }
        }
        return ids;
    }
}
