package io.restwell.booking.rest.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.service.AvailabilityService;
import io.restwell.booking.service.AvailabilityService.Slot;
import io.restwell.booking.rest.QueryParams;

/** Open slots, public: anyone may look before signing in. */
@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability")
@PermitAll
public class AvailabilityResource {

    private final AvailabilityService availability;

    AvailabilityResource(AvailabilityService availability) {
        this.availability = availability;
    }

    @GET
    @Operation(operationId = "searchAvailability", summary = "Open slots for a session type in a date range, optionally near a place, at some clinics or with one therapist",
            description = "Slots come from each therapist's weekly hours and exceptions in the clinic's time zone, minus "
                    + "bookings and their buffers, and start at least the notice period from now. Dates mean whole "
                    + "clinic-local days; date-times with offset are exact instants. Default range: the next 7 days; "
                    + "at most 31 days. Sorted by start, then clinic, then therapist; near a place (`near`, `radiusKm`) "
                    + "by the clinic's distance first, and each slot carries it. Only clinics that offer the length "
                    + "(have a price for it) have slots; each slot carries its price in the clinic's currency.")
    @APIResponse(responseCode = "200", description = "One page of open slots")
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed")
    @APIResponse(responseCode = "422", description = "Unknown session type, a length it is not offered in, or a bad range")
    public SlotPage search(
            @Parameter(description = "Session type code", required = true, example = "DEEP_TISSUE") @QueryParam("sessionType") String sessionType,
            @Parameter(description = "First day (ISO date, clinic-local) or instant (RFC 3339); default now", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive (ISO date) or instant, exclusive (RFC 3339)", example = "2026-12-07") @QueryParam("to") String to,
            @Parameter(description = "Only this clinic") @QueryParam("clinicId") String clinicId,
            @Parameter(description = "Only these clinics, comma-separated (at most 50)", example = "c0000000-0000-4000-8000-000000000001,c0000000-0000-4000-8000-000000000002") @QueryParam("clinicIds") String clinicIds,
            @Parameter(description = "Only clinics near this place: latitude,longitude in degrees", example = "52.52,13.40") @QueryParam("near") String near,
            @Parameter(description = "With near: how far, in km (more than 0, at most 200; default 15)", schema = @Schema(type = SchemaType.NUMBER, defaultValue = "15", maximum = "200")) @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "Only this therapist") @QueryParam("therapistId") String therapistId,
            @Parameter(description = "Session length; default: the type's default length", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("durationMinutes") String durationMinutes,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        UUID oneClinic = QueryParams.uuid("clinicId", clinicId);
        List<UUID> someClinics = QueryParams.uuids("clinicIds", clinicIds, 1000);
        if (oneClinic != null && someClinics != null) {
            throw BookingException.invalid("clinicIds", "use clinicIds or clinicId, not both");
        }
        List<Slot> slots = availability.search(new AvailabilityService.Search(
                QueryParams.text("sessionType", sessionType, 64),
                QueryParams.timeBound("from", from), QueryParams.timeBound("to", to),
                oneClinic != null ? List.of(oneClinic) : someClinics, QueryParams.uuid("therapistId", therapistId),
                QueryParams.integer("durationMinutes", durationMinutes),
                availability.near(QueryParams.position("near", near), QueryParams.decimal("radiusKm", radiusKm))));
        int first = (int) Math.min((long) pageNumber * pageSize, slots.size());
        List<SlotResponse> items = slots.subList(first, Math.min(first + pageSize, slots.size())).stream()
                .map(SlotResponse::of).toList();
        return new SlotPage(items, pageNumber, pageSize, slots.size());
    }
}
