package io.restwell.booking.rest.feeds;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.mapping.CalendarFeedMapper;
import io.restwell.booking.service.CalendarFeedService;

/**
 * A clinic's or therapist's bookings as an RFC 5545 calendar, for calendar apps, which cannot send a key: the
 * secret in the path is the credential (made and rotated through the partner API). The gateway lets this path
 * through without a token and keeps the secret out of its access log.
 */
@Path(CalendarFeedResource.PATH)
@Tag(name = "Calendar feeds", description = "Private iCalendar feeds of a clinic's bookings, read by calendar apps at a secret URL. "
        + "Made, listed, rotated and deleted through the partner API (/api/v1/partner/calendar-feeds).")
@PermitAll
public class CalendarFeedResource {

    public static final String PATH = "/api/v1/calendar-feeds";
    public static final String MEDIA_TYPE = "text/calendar";
    private static final String SUFFIX = ".ics";
    private static final String EXAMPLE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Restwell//Calendar feed//EN\r\n"
            + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Mara Lind\\, Praxis Mitte (Restwell)\r\nBEGIN:VEVENT\r\n"
            + "UID:0f8e6a3c-5b2d-4e71-9c0a-2d4b6f8a1c3e@bookings.restwell.dev\r\nDTSTAMP:20261201T080000Z\r\n"
            + "DTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSEQUENCE:1\r\nLAST-MODIFIED:20261130T171200Z\r\n"
            + "SUMMARY:Deep tissue massage (60 min)\r\nLOCATION:Praxis Mitte\\, Torstr. 1\\, 10119 Berlin\\, DE\r\n"
            + "DESCRIPTION:Restwell booking 0f8e6a3c-5b2d-4e71-9c0a-2d4b6f8a1c3e\\nBooked by the clinic\\nTherapist: Mara Lind\\nStatus: BOOKED\r\n"
            + "STATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final CalendarFeedService feeds;
    private final CustomerPseudonyms customers;

    CalendarFeedResource(CalendarFeedService feeds, CustomerPseudonyms customers) {
        this.feeds = feeds;
        this.customers = customers;
    }

    /** The path of a feed's URL, below the public base. */
    public static String path(String secret) {
        return PATH + "/" + secret + SUFFIX;
    }

    @GET
    @Path("{file}")
    @Produces(MEDIA_TYPE + ";charset=UTF-8")
    @SecurityRequirementsSet
    @Operation(operationId = "getCalendarFeed", summary = "A private calendar feed (RFC 5545) of a therapist's or a clinic's bookings",
            description = "No key or token: the secret in the path is the credential, so treat the URL like a password. "
                    + "Bookings from a week ago on, by start: UID = the booking's id, SEQUENCE grows with each change, "
                    + "cancelled ones STATUS:CANCELLED; times in UTC. No notes, and no front-desk client's name or contact. "
                    + "A wrong, rotated or deleted secret answers 404.")
    @Parameter(name = "file", description = "The feed's secret followed by .ics", example = "rw_cal_Q2x9LmP4vT7kR1sN8bW3cY6dF0gH5jK2mZ4aE7uI.ics")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "feed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No feed has this secret (wrong, rotated or deleted)")
    public Response feed(@PathParam("file") String file) {
        if (!file.endsWith(SUFFIX)) {
            throw BookingException.notFound("No such calendar feed: the URL is wrong, or its secret was rotated.");
        }
        CalendarFeedService.Contents contents = feeds.read(file.substring(0, file.length() - SUFFIX.length()));
        String calendar = CalendarFeedMapper.calendar(contents.feed(), contents.clinic(), contents.therapistNames(),
                contents.bookings(), contents.now(), customers);
        return Response.ok(calendar, MEDIA_TYPE + ";charset=UTF-8").build();
    }
}
