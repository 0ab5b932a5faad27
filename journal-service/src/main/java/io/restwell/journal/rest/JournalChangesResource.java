package io.restwell.journal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.journal.domain.SyncToken;
import io.restwell.journal.domain.EntryType;
import io.restwell.journal.mapping.PainEntryMapper;
import io.restwell.journal.mapping.SleepEntryMapper;
import io.restwell.journal.service.SleepJournal;

/** Incremental sync for devices (docs/journal-sync.md). */
@Path("/api/v1/journal/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class JournalChangesResource {

    private final JsonWebToken caller;
    private final SleepJournal journal;

    JournalChangesResource(JsonWebToken caller, SleepJournal journal) {
        this.caller = caller;
        this.journal = journal;
    }

    @GET
    @Operation(operationId = "listJournalChanges", summary = "What changed in the caller's journal since a token",
            description = "Sleep and pain entries created or changed (as they are now) and the ids of deleted ones, oldest first, after "
                    + "the token; without since, every entry from the start (a full sync). Keep nextToken for next time; "
                    + "while hasMore is true ask again at once. Deletions are remembered for 30 days: an older token answers 410.")
    @APIResponse(responseCode = "200", description = "The changes, the next token and whether more wait",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JournalChangesResponse.class)))
    @APIResponse(responseCode = "400", description = "since is not a token this journal issued, or limit is out of range")
    @APIResponse(responseCode = "410", description = "The token is older than the deletions kept (type sync-token-expired): "
            + "sync in full, without since")
    public JournalChangesResponse changes(
            @QueryParam("since") @Parameter(description = "The nextToken of an earlier answer; leave out for a full sync") String since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500)
            @Parameter(description = "Most changes in one answer, 1–500") int limit) {
        SyncToken token = since == null || since.isBlank() ? null : SyncToken.decode(since.trim(), "since");
        SleepJournal.Changes changes = journal.changes(caller.getSubject(), token, limit);
        return new JournalChangesResponse(changes.changes().stream()
                .map(change -> change.entry() != null
                        ? new JournalChange(change.id(), EntryType.SLEEP, false, change.entry().clientRecordId,
                                SleepEntryMapper.toResponse(change.entry()), null)
                        : change.pain() != null
                        ? new JournalChange(change.id(), EntryType.PAIN, false, null, null, PainEntryMapper.toResponse(change.pain()))
                        : new JournalChange(change.id(), change.deleted().entryType, true, change.deleted().clientRecordId, null, null))
                .toList(), changes.next().encode(), changes.hasMore());
    }
}
