package io.restwell.booking.rest.partner;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.booking.CalendarFeed;
import io.restwell.booking.rest.feeds.CalendarFeedResource;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.CalendarFeedService;

/**
 * The clinic's private calendar feeds: make one per therapist and one for the clinic, rotate a feed's secret
 * (the old URL answers 404 at once), delete a feed. The feeds themselves are read without a key
 * ({@link CalendarFeedResource}).
 */
@Path("/api/v1/partner/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerCalendarFeedResource {

    private static final String ISSUED_EXAMPLE = "{\"id\": \"0b7e2f4c-9a31-4d8e-b6f2-3c1d5e7a9b20\", "
            + "\"therapistId\": \"5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d\", "
            + "\"url\": \"https://api.restwell.dev/api/v1/calendar-feeds/rw_cal_Q2x9LmP4vT7kR1sN8bW3cY6dF0gH5jK2mZ4aE7uI.ics\", "
            + "\"createdAt\": \"2026-12-01T09:00:00Z\", \"rotatedAt\": \"2026-12-01T09:00:00Z\"}";

    private final PartnerCaller caller;
    private final CalendarFeedService feeds;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    PartnerCalendarFeedResource(PartnerCaller caller, CalendarFeedService feeds) {
        this.caller = caller;
        this.feeds = feeds;
    }

    @GET
    @Operation(operationId = "listPartnerCalendarFeeds", summary = "The clinic's calendar feeds (without their secret URLs)")
    @APIResponse(responseCode = "200", description = "The feeds", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerCalendarFeedList.class)))
    public PartnerCalendarFeedList list() {
        return new PartnerCalendarFeedList(feeds.list(caller.clinicId()).stream().map(PartnerCalendarFeedResource::toFeed).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerCalendarFeed", summary = "Make a private iCalendar feed of a therapist's or the clinic's bookings",
            description = "Answers the feed's secret URL once (it is stored only as a hash). Subscribe to it in a calendar app: "
                    + "it needs no key and lists the bookings from a week ago on, cancelled ones as STATUS:CANCELLED; each "
                    + "booking keeps its UID and raises its SEQUENCE with every change, so a reschedule updates the event in "
                    + "place. One feed per therapist and one for the clinic: for a new URL, rotate the secret.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCalendarFeedRequest.class),
            examples = {@ExampleObject(name = "therapist", value = "{\"therapistId\": \"5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d\"}"),
                    @ExampleObject(name = "clinic", value = "{}")}))
    @APIResponse(responseCode = "201", description = "Made; the URL is shown this once", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerCalendarFeedIssued.class), examples = @ExampleObject(name = "issued", value = ISSUED_EXAMPLE)),
            headers = @Header(name = "Location", description = "The new feed (in the partner API)"))
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "409", description = "That therapist or the clinic has a feed already: rotate its secret")
    @APIResponse(responseCode = "422", description = "Not a therapist of this clinic")
    public Response create(PartnerCalendarFeedRequest request) {
        CalendarFeedService.Issued issued = feeds.issue(caller.clinicId(), request == null ? null : request.therapistId());
        return Response.created(URI.create("/api/v1/partner/calendar-feeds/" + issued.feed().id)).entity(toIssued(issued)).build();
    }

    @GET
    @Path("{feedId}")
    @Operation(operationId = "getPartnerCalendarFeed", summary = "One calendar feed of the clinic (without its secret URL)")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerCalendarFeed.class)))
    @APIResponse(responseCode = "404", description = "No such feed at this clinic")
    public PartnerCalendarFeed get(@PathParam("feedId") UUID feedId) {
        return toFeed(feeds.get(caller.clinicId(), feedId));
    }

    @POST
    @Path("{feedId}/secret")
    @Operation(operationId = "rotatePartnerCalendarFeedSecret", summary = "Give a feed a new secret URL; the old one answers 404 at once",
            description = "For a leaked URL or a colleague who left: calendars subscribed to the old URL stop updating and "
                    + "must subscribe to the new one.")
    @APIResponse(responseCode = "200", description = "The feed with its new URL, shown this once", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCalendarFeedIssued.class),
            examples = @ExampleObject(name = "rotated", value = ISSUED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such feed at this clinic")
    public PartnerCalendarFeedIssued rotate(@PathParam("feedId") UUID feedId) {
        return toIssued(feeds.rotate(caller.clinicId(), feedId));
    }

    @DELETE
    @Path("{feedId}")
    @Operation(operationId = "deletePartnerCalendarFeed", summary = "Delete a calendar feed; its URL answers 404 at once")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such feed at this clinic")
    public Response delete(@PathParam("feedId") UUID feedId) {
        feeds.delete(caller.clinicId(), feedId);
        return Response.noContent().build();
    }

    private PartnerCalendarFeedIssued toIssued(CalendarFeedService.Issued issued) {
        CalendarFeed feed = issued.feed();
        return new PartnerCalendarFeedIssued(feed.id, feed.therapistId, publicBase() + CalendarFeedResource.path(issued.secret()),
                feed.createdAt, feed.rotatedAt);
    }

    /**
     * Where clients reach the platform: the gateway's scheme and host (it forwards them), else this service's own. The
     * value only shapes the caller's own answer.
     */
    private String publicBase() {
        String proto = headers.getHeaderString("X-Forwarded-Proto");
        String host = headers.getHeaderString("X-Forwarded-Host");
        if (proto != null && host != null && proto.matches("https?") && host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
            return proto + "://" + host;
        }
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static PartnerCalendarFeed toFeed(CalendarFeed feed) {
        return new PartnerCalendarFeed(feed.id, feed.therapistId, feed.createdAt, feed.rotatedAt);
    }
}
