package io.restwell.booking.rest.admin;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.Booking;
import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.service.ClinicBookingService;
import io.restwell.booking.service.CatalogService;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.BookingPage;
import io.restwell.booking.rest.BookingResponse;
import io.restwell.booking.rest.BookingStatusRequest;
import io.restwell.booking.rest.BookingTags;
import io.restwell.booking.rest.QueryParams;

/** The clinic side of bookings (admin for now; partner API keys will get the same operations). */
@Path("/api/v1/clinics/{clinicId}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic bookings")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer", scopes = "admin")
@APIResponse(responseCode = "404", description = "No such clinic or booking there")
public class ClinicBookingResource {

    private final ClinicBookingService bookings;
    private final CatalogService catalog;

    ClinicBookingResource(ClinicBookingService bookings, CatalogService catalog) {
        this.bookings = bookings;
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listClinicBookings", summary = "A clinic's bookings by start (admin)")
    @APIResponse(responseCode = "200", description = "One page of bookings")
    public BookingPage list(@PathParam("clinicId") UUID clinicId,
            @Parameter(description = "From this clinic-local day or instant", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Until this clinic-local day (inclusive) or instant", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only this status") @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        catalog.clinic(clinicId, true);
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        Page<Booking> found = bookings.list(clinicId, QueryParams.timeBound("from", from),
                QueryParams.timeBound("to", to), QueryParams.bookingStatus(status), pageNumber, pageSize);
        return new BookingPage(found.items().stream().map(BookingMapper::toResponse).toList(), pageNumber, pageSize, found.total());
    }

    @POST
    @Path("{bookingId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeBookingStatusAtClinic", summary = "Mark a booking ARRIVED, COMPLETED or NO_SHOW (admin)",
            description = "ARRIVED from an hour before the start; COMPLETED and NO_SHOW once the session has started. If-Match is optional.")
    @APIResponse(responseCode = "200", description = "The changed booking", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "409", description = "The booking's status or time does not allow it")
    @APIResponse(responseCode = "422", description = "Not a status a clinic sets")
    public Response changeStatus(@PathParam("clinicId") UUID clinicId, @PathParam("bookingId") UUID bookingId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid BookingStatusRequest request) {
        return BookingTags.withTag(bookings.changeStatus(clinicId, bookingId,
                BookingTags.parse(ifMatch, "If-Match"), request.status()));
    }
}
