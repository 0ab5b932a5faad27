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

import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.service.SleepJournal;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.platform.defaults.problem.Problem;

@Path("/api/v1/journal/sleep-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class SleepEntryResource {

    private final JsonWebToken caller;
    private final SleepJournal journal;

    SleepEntryResource(JsonWebToken caller, SleepJournal journal) {
        this.caller = caller;
        this.journal = journal;
    }

    @POST
    @Operation(operationId = "createSleepEntry", summary = "Log a night",
            description = "Stores the night and derives time in bed, total sleep, sleep efficiency and the poor-sleep verdict.")
    @APIResponse(responseCode = "201", description = "Logged; the body is the entry with its derived metrics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)))
    @APIResponse(responseCode = "422", description = "A night that cannot be (e.g. the wake time is not after the bedtime, "
            + "or it is longer than 20 h); `errors` names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid SleepEntryRequest request) {
        SleepEntry entry = journal.record(caller.getSubject(), SleepEntryMapper.toDiaryEntry(request), request.notes());
        return Response.created(URI.create("/api/v1/journal/sleep-entries/" + entry.id))
                .entity(SleepEntryMapper.toResponse(entry)).build();
    }

    @GET
    @Operation(operationId = "listSleepEntries", summary = "The caller's nights, newest first, optionally between two dates")
    public SleepEntryPage list(
            @QueryParam("from") @Parameter(description = "First night (ISO date), inclusive", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last night (ISO date), inclusive", example = "2026-11-30") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) @Parameter(description = "Items per page, 1–100") int size) {
        Page<SleepEntry> entries = journal.page(caller.getSubject(), DateRange.parse(from, to), page, size);
        return new SleepEntryPage(entries.items().stream().map(SleepEntryMapper::toResponse).toList(), page, size, entries.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSleepEntry", summary = "One of the caller's nights")
    public SleepEntryResponse get(@PathParam("id") UUID id) {
        return SleepEntryMapper.toResponse(journal.find(caller.getSubject(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateSleepEntry", summary = "Correct a night", description = "Replaces the entry; the metrics are derived again.")
    @APIResponse(responseCode = "200", description = "Corrected; the body is the entry with its metrics derived again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)))
    @APIResponse(responseCode = "422", description = "A night that cannot be (e.g. the wake time is not after the bedtime, "
            + "or it is longer than 20 h); `errors` names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SleepEntryResponse update(@PathParam("id") UUID id, @NotNull @Valid SleepEntryRequest request) {
        return SleepEntryMapper.toResponse(journal.update(caller.getSubject(), id, SleepEntryMapper.toDiaryEntry(request), request.notes()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSleepEntry", summary = "Delete a night")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        journal.delete(caller.getSubject(), id);
    }
}
