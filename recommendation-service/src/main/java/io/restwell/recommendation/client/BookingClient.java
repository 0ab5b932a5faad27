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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.restwell.platform.defaults.requestid.RequestIdPropagation;

/**
 * booking-service (docs/architecture.md): availability search, booking, and the reads a therapist brief needs (the
 * person's booking with their token, the clinic's key and booking with the clinic's key); timeouts in application.properties.
 */
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

    /** Who a clinic's API key speaks for (booking-service's PartnerKeyHolder). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerKey(UUID clinicId, UUID keyId, String keyPrefix) {
    }

    /** The parts of a booking as the partner API shows it to its clinic that this service uses. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerBooking(UUID id, String status, OffsetDateTime start, OffsetDateTime end) {
    }

    /** One of the person's own bookings, read as the person (their token): another person's answers 404. */
    @GET
    @Path("/api/v1/bookings/{id}")
    Booking booking(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Asked with a clinic's own key: booking-service checks it (401 when unknown or revoked). */
    @GET
    @Path("/api/v1/partner/me")
    PartnerKey partnerKey(@HeaderParam("X-Api-Key") String apiKey);

    /** A booking at the key's clinic: another clinic's answers 404. */
    @GET
    @Path("/api/v1/partner/bookings/{id}")
    PartnerBooking partnerBooking(@HeaderParam("X-Api-Key") String apiKey, @PathParam("id") UUID id);

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
