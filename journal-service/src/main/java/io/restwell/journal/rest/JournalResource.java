package io.restwell.journal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.service.JournalRecords;
import io.restwell.platform.defaults.fhir.FhirJson;

@Path("/api/v1/journal")
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class JournalResource {

    static final String FHIR_JSON = FhirJson.MEDIA_TYPE;
    static final String CSV = "text/csv";

    private final JsonWebToken caller;
    private final JournalRecords records;

    JournalResource(JsonWebToken caller, JournalRecords records) {
        this.caller = caller;
        this.records = records;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJournalSummary", summary = "How the caller's nights and pain went, and how they move together",
            description = "Nights logged, average efficiency and total sleep, poor nights and their most common reasons, "
                    + "average and peak pain by location, and the pain–sleep loop: efficiency on nights after high-pain "
                    + "days against nights after lower-pain days. Without dates: the last 30 days.")
    public JournalSummaryResponse summary(
            @QueryParam("from") @Parameter(description = "First date (ISO), inclusive", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last date (ISO), inclusive", example = "2026-11-30") String to) {
        return JournalSummaryResponse.of(records.summary(caller.getSubject(), DateRange.parse(from, to)));
    }

    @GET
    @Path("/export")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "exportJournal", summary = "Everything in the caller's journal, as FHIR R4 or CSV",
            description = "`fhir`: a FHIR R4 Bundle (collection) of Observations — sleep duration (LOINC 93832-4, min) "
                    + "and pain severity (LOINC 72514-3, 0–10 score), as application/fhir+json, or as application/json "
                    + "when that is what Accept asks for. `csv`: one row per night and per pain rating, as text/csv. "
                    + "An Accept that takes neither for the format asked answers 406.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment", content = {
            @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))},
            headers = @Header(name = "Content-Disposition", description = "attachment, with a file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("format") @DefaultValue("fhir")
            @Parameter(description = "fhir or csv", schema = @Schema(type = SchemaType.STRING, enumeration = {"fhir", "csv"})) String format,
            @Context HttpHeaders headers) {
        String user = caller.getSubject();
        return switch (format) {
            case "fhir" -> Response.ok(records.fhirBundle(user), FhirJson.answerType(headers.getAcceptableMediaTypes()))
                    .header("Content-Disposition", "attachment; filename=\"restwell-journal.fhir.json\"").build();
            case "csv" -> {
                if (headers.getAcceptableMediaTypes().stream().noneMatch(type -> type.isCompatible(MediaType.valueOf(CSV)))) {
                    throw new NotAcceptableException("The CSV export is served as " + CSV + " only.");
                }
                yield Response.ok(records.csv(user), CSV + "; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"restwell-journal.csv\"").build();
            }
            default -> throw new DateRange.InvalidQueryException(java.util.List.of(new FieldProblem("format", "must be fhir or csv")));
        };
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseJournal", summary = "Erase all of the caller's data, platform-wide",
            description = "Deletes every sleep and pain entry of the caller and publishes "
                    + "`restwell.journal.user-data.erased.v1`, so every other service erases the caller too: "
                    + "recommendation-service their suggestions and its copy of their journal, booking-service the link "
                    + "from their bookings to them and their notes and reasons (the sessions stay in the clinics' books, "
                    + "unnamed). Cannot be undone.")
    @APIResponse(responseCode = "200", description = "Erased; how many entries went")
    public JournalRecords.Erasure erase() {
        return records.erase(caller.getSubject());
    }
}
