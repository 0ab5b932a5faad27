package io.restwell.recommendation.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.fhir.FhirJson;
import io.restwell.recommendation.BriefRead;
import io.restwell.recommendation.mapping.BriefFhir;
import io.restwell.recommendation.mapping.BriefMapper;
import io.restwell.recommendation.service.TherapistBriefs;

/**
 * A clinic reads the therapist brief a person shared for one of its bookings (docs/partners.md, section 6b), with its
 * API key. The key is checked by booking-service, which holds the keys (service/TherapistBriefs), not here: this
 * resource takes no bearer token and trusts nothing but booking-service's answer about the key.
 */
@Path("/api/v1/partner")
@Tag(name = "Partner API")
@SecurityScheme(securitySchemeName = PartnerBriefResource.SECURITY_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = PartnerBriefResource.HEADER,
        description = "A clinic API key (`rw_live_…`), issued by a Restwell admin. A missing, unknown or revoked key answers 401.")
@SecurityRequirement(name = PartnerBriefResource.SECURITY_SCHEME)
@PermitAll
public class PartnerBriefResource {

    static final String SECURITY_SCHEME = "partnerApiKey";
    static final String HEADER = "X-Api-Key";
    private static final String NOT_FOUND = "No brief shared with the key's clinic for this booking: never shared, revoked, "
            + "another clinic's booking, cancelled, more than a week after the session, or no such booking (all alike)";
    private static final String UNAVAILABLE = "booking-service, which checks the key, is unavailable; retry later";

    private final TherapistBriefs briefs;

    PartnerBriefResource(TherapistBriefs briefs) {
        this.briefs = briefs;
    }

    @GET
    @Path("/briefs/{bookingId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "readPartnerTherapistBrief", summary = "The therapist brief the booking's person shared with the clinic",
            description = "Their last 14 nights, their pain (with the pain map), red flags answered yes and what helped before, "
                    + "as of today. Only while the person shares it, for the clinic of the booking. Every read is logged before "
                    + "the brief is sent, and the person sees who read it and when. As FHIR: "
                    + "GET /api/v1/partner/fhir/QuestionnaireResponse/{bookingId}.")
    @APIResponse(responseCode = "200", description = "The brief",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TherapistBriefResponse.class)))
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public TherapistBriefResponse read(@PathParam("bookingId") UUID bookingId, @Parameter(hidden = true) @HeaderParam(HEADER) String apiKey) {
        TherapistBriefs.ClinicRead read = briefs.readByClinic(apiKey, bookingId, BriefRead.Format.JSON);
        return BriefMapper.toResponse(read.bookingId(), read.generatedAt(), read.digest());
    }

    @GET
    @Path("/fhir/QuestionnaireResponse/{bookingId}")
    @Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Tag(name = "Partner FHIR")
    @Operation(operationId = "readPartnerFhirTherapistBrief", summary = "The therapist brief as a FHIR R4 QuestionnaireResponse",
            description = "The same brief as GET /api/v1/partner/briefs/{bookingId}, as a FHIR form: one group per night, pain "
                    + "rating, place of the pain map, red flag and session type; `subject` is the booking's Appointment "
                    + "(GET /api/v1/partner/fhir/Appointment/{bookingId}). Logged like the JSON read.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse", content = {
            @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Response readFhir(@PathParam("bookingId") UUID bookingId, @Parameter(hidden = true) @HeaderParam(HEADER) String apiKey, @Context HttpHeaders headers) {
        String answerType = FhirJson.answerType(headers.getAcceptableMediaTypes()); // a 406 before anything is read or logged
        TherapistBriefs.ClinicRead read = briefs.readByClinic(apiKey, bookingId, BriefRead.Format.FHIR);
        return Response.ok(BriefFhir.questionnaireResponse(read.bookingId(), read.generatedAt(), read.digest()), answerType).build();
    }
}
