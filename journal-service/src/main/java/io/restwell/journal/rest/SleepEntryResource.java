package io.restwell.journal.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.DuplicateNightException;
import io.restwell.journal.domain.JournalException;
import io.restwell.journal.domain.SleepWrite;
import io.restwell.journal.domain.StaleRecordException;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.service.SleepJournal;
import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.restwell.platform.defaults.problem.Problems;

@Path(SleepEntryResource.ENTRIES)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class SleepEntryResource {

    static final String ENTRIES = "/api/v1/journal/sleep-entries";

    private final JsonWebToken caller;
    private final SleepJournal journal;
    private final Validator validator;

    SleepEntryResource(JsonWebToken caller, SleepJournal journal, Validator validator) {
        this.caller = caller;
        this.journal = journal;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createSleepEntry", summary = "Log a night or a nap",
            description = "Stores the entry and derives time in bed, total sleep, sleep efficiency and the poor-sleep verdict. "
                    + "With a clientRecordId the write is idempotent: the same id and version again answers 200 with the "
                    + "stored entry (Idempotent-Replayed: true) and changes nothing; a higher version replaces it (200); "
                    + "a lower one is ignored (409). One NIGHT per date: a second one answers 409 naming the entry that has it.")
    @APIResponse(responseCode = "201", description = "Logged; the body is the entry with its derived metrics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)),
            headers = {@Header(name = "Location", description = "The new entry"),
                    @Header(name = "ETag", description = "Its version, for If-Match")})
    @APIResponse(responseCode = "200", description = "Its client record was stored already: a replay (Idempotent-Replayed: true) "
            + "or a newer version that replaced it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)),
            headers = {@Header(name = "ETag", description = "The entry's version, for If-Match"),
                    @Header(name = "Idempotent-Replayed", description = "true when nothing changed")})
    @APIResponse(responseCode = "409", description = "The date's NIGHT is logged already (existingEntryId names it), or the "
            + "clientRecordVersion is older than the stored one (existingEntryId, storedClientRecordVersion), or that client "
            + "record was deleted at this version or a newer one (deletedEntryId)")
    @APIResponse(responseCode = "422", description = "A night that cannot be (e.g. the wake time is not after the bedtime, "
            + "or it is longer than 20 h); `errors` names each field")
    public Response create(@NotNull @Valid SleepEntryRequest request) {
        SleepJournal.Written written = journal.record(caller.getSubject(), SleepEntryMapper.toWrite(request));
        SleepEntry entry = written.entry();
        Response.ResponseBuilder answer = switch (written.outcome()) {
            case CREATED -> Response.created(URI.create(ENTRIES + "/" + entry.id));
            case REPLAYED -> Response.ok().header("Idempotent-Replayed", "true");
            case UPDATED -> Response.ok();
        };
        return answer.entity(SleepEntryMapper.toResponse(entry)).header(HttpHeaders.ETAG, SleepEntryMapper.etag(entry)).build();
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "createSleepEntries", summary = "Upload a device's queue of entries",
            description = "Up to 100 entries, each written as POST /sleep-entries would write it, in order, in one transaction; "
                    + "each gets its own result (CREATED, REPLAYED, UPDATED, CONFLICT or INVALID with its problem). A bad item "
                    + "fails alone; events go out once per real change. A body that is not JSON, or an item with a wrong type, "
                    + "fails the whole request (400).")
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryBatchResponse.class)))
    public SleepEntryBatchResponse createAll(@NotNull @Valid SleepEntryBatchRequest request) {
        String instance = ENTRIES + "/batch";
        List<SleepEntryBatchItem> results = new ArrayList<>(request.entries().size());
        List<Integer> accepted = new ArrayList<>();
        List<SleepWrite> writes = new ArrayList<>();
        for (int index = 0; index < request.entries().size(); index++) {
            SleepEntryRequest item = request.entries().get(index);
            results.add(null);
            Problem shape = shapeProblem(item, instance);
            if (shape != null) {
                results.set(index, new SleepEntryBatchItem(index, BatchItemStatus.INVALID, null, shape, null));
                continue;
            }
            try {
                writes.add(SleepEntryMapper.toWrite(item));
                accepted.add(index);
            } catch (JournalException invalid) {
                results.set(index, refused(index, invalid, instance));
            }
        }
        List<SleepJournal.BatchItem> written = writes.isEmpty() ? List.of() : journal.recordAll(caller.getSubject(), writes);
        for (int i = 0; i < written.size(); i++) {
            int index = accepted.get(i);
            results.set(index, result(index, written.get(i), instance));
        }
        return new SleepEntryBatchResponse(results);
    }

    @GET
    @Operation(operationId = "listSleepEntries", summary = "The caller's nights and naps, newest first, optionally between two dates")
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
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)),
            headers = @Header(name = "ETag", description = "Its version, for If-Match and If-None-Match"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match",
            headers = @Header(name = "ETag", description = "Its version"))
    public Response get(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "The ETag the device holds: 304 while it is current",
                    example = "\"2\"") String ifNoneMatch) {
        SleepEntry entry = journal.find(caller.getSubject(), id);
        String etag = SleepEntryMapper.etag(entry);
        if (EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH).map(tags -> tags.matches(entry.version)).orElse(false)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(SleepEntryMapper.toResponse(entry)).header(HttpHeaders.ETAG, etag).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateSleepEntry", summary = "Correct a night",
            description = "Replaces the entry; the metrics are derived again. Send If-Match with its ETag so an edit made on "
                    + "another device since is never overwritten (412).")
    @APIResponse(responseCode = "200", description = "The corrected entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SleepEntryResponse.class)),
            headers = @Header(name = "ETag", description = "Its new version"))
    @APIResponse(responseCode = "409", description = "The new date's NIGHT is another entry (existingEntryId), or the "
            + "clientRecordVersion is older than the stored one")
    @APIResponse(responseCode = "422", description = "A night that cannot be (e.g. the wake time is not after the bedtime, "
            + "or it is longer than 20 h); `errors` names each field")
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag the edit is based on (optional)", example = "\"2\"") String ifMatch,
            @NotNull @Valid SleepEntryRequest request) {
        SleepEntry entry = journal.update(caller.getSubject(), id, SleepEntryMapper.toWrite(request),
                EntityTags.parse(ifMatch, HttpHeaders.IF_MATCH));
        return Response.ok(SleepEntryMapper.toResponse(entry)).header(HttpHeaders.ETAG, SleepEntryMapper.etag(entry)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSleepEntry", summary = "Delete a night",
            description = "Other devices learn of it from GET /api/v1/journal/changes. With If-Match, only the version the "
                    + "device saw is deleted (412 otherwise).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag the deletion is based on (optional)", example = "\"2\"") String ifMatch) {
        journal.delete(caller.getSubject(), id, EntityTags.parse(ifMatch, HttpHeaders.IF_MATCH));
    }

    /** The request's own shape problems (what @Valid answers 400 for a single entry), or null. */
    private Problem shapeProblem(SleepEntryRequest item, String instance) {
        if (item == null) {
            List<Problem.FieldError> errors = List.of(new Problem.FieldError("entry", "must not be null"));
            return new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title, 400,
                    Problems.summary(errors), instance, errors);
        }
        Set<ConstraintViolation<SleepEntryRequest>> violations = validator.validate(item);
        if (violations.isEmpty()) {
            return null;
        }
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(Problems.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title, 400,
                Problems.summary(errors), instance, errors);
    }

    /** One item's result: what it became, or why it was refused. */
    static SleepEntryBatchItem result(int index, SleepJournal.BatchItem item, String instance) {
        return item.refused() != null ? refused(index, item.refused(), instance)
                : new SleepEntryBatchItem(index, BatchItemStatus.valueOf(item.written().outcome().name()),
                        SleepEntryMapper.toResponse(item.written().entry()), null, null);
    }

    private static SleepEntryBatchItem refused(int index, JournalException e, String instance) {
        Problem problem = JournalProblemMappers.problem(e, instance);
        UUID existing = e instanceof DuplicateNightException duplicate ? duplicate.existingEntryId()
                : e instanceof StaleRecordException stale ? stale.existingEntryId() : null;
        return new SleepEntryBatchItem(index, problem.status() == 409 ? BatchItemStatus.CONFLICT : BatchItemStatus.INVALID,
                null, problem, existing);
    }
}
