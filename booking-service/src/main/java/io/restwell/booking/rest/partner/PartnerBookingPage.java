package io.restwell.booking.rest.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of partner bookings (a named schema, so the OpenAPI document shows the item type). */
@Schema(name = "PartnerBookingPage")
public record PartnerBookingPage(List<PartnerBooking> items, @Schema(example = "0") int page,
        @Schema(example = "20") int size, @Schema(example = "1") long total) {

    static final String EXAMPLE = """
            {"items": [{"id": "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a", "status": "BOOKED", "customerId": "cus_4e1f0a9c2b7d5e3f6a8c1d0b",
              "therapistId": "7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11", "sessionType": "DEEP_TISSUE", "durationMinutes": 60,
              "start": "2026-11-23T10:00:00+01:00", "end": "2026-11-23T11:00:00+01:00", "timeZone": "Europe/Berlin",
              "price": {"amount": "85.00", "currency": "EUR"}, "notes": "Lower back, left side",
              "createdAt": "2026-11-01T08:15:00Z", "updatedAt": "2026-11-01T08:15:00Z", "version": 0, "channel": "APP"}],
             "page": 0, "size": 20, "total": 1}""";
}
