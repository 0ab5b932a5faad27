package io.restwell.booking.rest;

import jakarta.ws.rs.core.Response;

import io.restwell.booking.Booking;
import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.service.IfMatch;
import io.restwell.platform.defaults.http.EntityTags;

/**
 * Entity tags of bookings: a booking's {@code If-Match} / {@code If-None-Match} as service-defaults'
 * {@code http/EntityTags} reads them for every service (a malformed one is the same 400 everywhere), and a
 * booking answered with its {@code ETag}.
 */
public final class BookingTags {

    private BookingTags() {
    }

    /** Null when the header is absent: changes without If-Match are allowed (last writer wins). */
    public static IfMatch parse(String header, String name) {
        return EntityTags.parse(header, name).map(condition -> new IfMatch(condition.any(), condition.versions())).orElse(null);
    }

    /** A booking with its version as the {@code ETag}, for If-Match on the next change. */
    public static Response withTag(Booking booking) {
        return Response.ok(BookingMapper.toResponse(booking)).header("ETag", BookingMapper.etag(booking)).build();
    }
}
