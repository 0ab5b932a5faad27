package io.restwell.booking.service;

import io.restwell.booking.Booking;

/** A created booking or hold, or the one an earlier identical request (same Idempotency-Key, same hold) created. */
public record Created(Booking booking, boolean replayed) {
}
