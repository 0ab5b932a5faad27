package io.restwell.booking.service;

import java.util.List;

import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingException;

/** The entity tags an {@code If-Match} header accepts: null means no header, {@code any} means "*". */
public record IfMatch(boolean any, List<Long> versions) {

    public boolean accepts(long version) {
        return any || versions.contains(version);
    }

    /** Refuses a change to a booking that changed since the caller read it; no header allows any. */
    static void check(IfMatch ifMatch, Booking booking) {
        if (ifMatch != null && !ifMatch.accepts(booking.version)) {
            throw BookingException.staleVersion("The booking has changed since you read it (its ETag is now \""
                    + booking.version + "\"); read it again and retry.");
        }
    }
}
