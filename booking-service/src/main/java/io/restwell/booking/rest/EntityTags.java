package io.restwell.booking.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

import io.restwell.booking.Booking;
import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.service.IfMatch;
import io.restwell.booking.domain.BookingException;

/**
 * Entity tags of bookings: parses {@code If-Match} / {@code If-None-Match} ({@code "3"}, {@code W/"3"}, lists, or
 * {@code *}) and answers a booking with its {@code ETag}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Null when the header is absent: changes without If-Match are allowed (last writer wins). */
    public static IfMatch parse(String header, String name) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.trim().equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            String opaque = tag.trim();
            if (opaque.startsWith("W/")) {
                opaque = opaque.substring(2);
            }
            if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
                throw BookingException.malformed(name, "must be an entity tag such as \"3\" (with the quotes), a list of them, or *");
            }
            try {
                versions.add(Long.parseLong(opaque.substring(1, opaque.length() - 1)));
            } catch (NumberFormatException notOurs) {
                versions.add(-1L); // a tag we never issued: it matches nothing
            }
        }
        return new IfMatch(false, versions);
    }

    /** A booking with its version as the {@code ETag}, for If-Match on the next change. */
    public static Response withTag(Booking booking) {
        return Response.ok(BookingMapper.toResponse(booking)).header("ETag", BookingMapper.etag(booking)).build();
    }
}
