package io.restwell.recommendation.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.restwell.platform.defaults.requestid.RequestIdPropagation;

/** booking-service (docs/architecture.md): availability search and booking; timeouts in application.properties. */
@RegisterRestClient(configKey = "booking")
@RegisterProvider(RequestIdPropagation.class)
public interface BookingClient {

    /** An open slot, as availability returns it; {@code distanceKm} only when asked near a place. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Slot(UUID therapistId, UUID clinicId, String sessionType, OffsetDateTime start, OffsetDateTime end,
            Double distanceKm) {
    }

    record SlotPage(List<Slot> items, int page, int size, long total) {
    }

    /** What booking needs to book a slot (CreateBookingRequest of booking-service). */
    record BookingRequest(UUID therapistId, String sessionType, OffsetDateTime start, String notes) {
    }

    /** The parts of booking-service's answer this service uses. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Booking(UUID id, String status, UUID clinicId, OffsetDateTime start, OffsetDateTime end) {
    }

    /** Books as the person (their token), once per key however often it is retried. */
    @POST
    @Path("/api/v1/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    Booking book(@HeaderParam("Authorization") String authorization, @HeaderParam("Idempotency-Key") String idempotencyKey,
            BookingRequest request);

    @GET
    @Path("/api/v1/availability")
    SlotPage search(@QueryParam("sessionType") String sessionType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("durationMinutes") Integer durationMinutes,
            @QueryParam("near") String near, @QueryParam("radiusKm") Integer radiusKm,
            @QueryParam("clinicIds") String clinicIds, @QueryParam("page") int page, @QueryParam("size") int size);
}
