package io.restwell.recommendation.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** booking-service's public availability search (DESIGN.md); timeouts in application.properties. */
@RegisterRestClient(configKey = "booking")
@Path("/api/v1/availability")
public interface BookingClient {

    /** An open slot, as availability returns it. */
    record Slot(UUID therapistId, UUID clinicId, String sessionType, OffsetDateTime start, OffsetDateTime end) {
    }

    record SlotPage(List<Slot> items, int page, int size, long total) {
    }

    @GET
    SlotPage search(@QueryParam("sessionType") String sessionType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("size") int size);
}
