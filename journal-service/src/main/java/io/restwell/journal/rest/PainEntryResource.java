package io.restwell.journal.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.journal.PainEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.mapping.PainEntryMapper;
import io.restwell.journal.service.PainJournal;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;

@Path("/api/v1/journal/pain-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class PainEntryResource {

    private final JsonWebToken caller;
    private final PainJournal journal;

    PainEntryResource(JsonWebToken caller, PainJournal journal) {
        this.caller = caller;
        this.journal = journal;
    }

    @POST
    @Operation(operationId = "createPainEntry", summary = "Rate pain",
            description = "Stores a 0–10 rating with where and how it hurts.")
    @APIResponse(responseCode = "201", description = "Stored; the body is the entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainEntryResponse.class)))
    public Response create(@NotNull @Valid PainEntryRequest request) {
        PainEntry entry = journal.record(caller.getSubject(), PainEntryMapper.toDiaryEntry(request), request.notes());
        return Response.created(URI.create("/api/v1/journal/pain-entries/" + entry.id))
                .entity(PainEntryMapper.toResponse(entry)).build();
    }

    @GET
    @Operation(operationId = "listPainEntries", summary = "The caller's pain ratings, newest first, optionally between two dates")
    public PainEntryPage list(
            @QueryParam("from") @Parameter(description = "First day (ISO date, the caller's local date), inclusive", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (ISO date), inclusive", example = "2026-11-30") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) @Parameter(description = "Items per page, 1–100") int size) {
        Page<PainEntry> entries = journal.page(caller.getSubject(), DateRange.parse(from, to), page, size);
        return new PainEntryPage(entries.items().stream().map(PainEntryMapper::toResponse).toList(), page, size, entries.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPainEntry", summary = "One of the caller's pain ratings")
    public PainEntryResponse get(@PathParam("id") UUID id) {
        return PainEntryMapper.toResponse(journal.find(caller.getSubject(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePainEntry", summary = "Correct a pain rating", description = "Replaces the entry.")
    public PainEntryResponse update(@PathParam("id") UUID id, @NotNull @Valid PainEntryRequest request) {
        return PainEntryMapper.toResponse(journal.update(caller.getSubject(), id, PainEntryMapper.toDiaryEntry(request), request.notes()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePainEntry", summary = "Delete a pain rating")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        journal.delete(caller.getSubject(), id);
    }
}
