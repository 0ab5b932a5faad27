package io.restwell.journal.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalChanges", description = "The caller's changes after the token, oldest first.")
public record JournalChangesResponse(
        List<JournalChange> changes,
        @Schema(description = "Opaque: send it as since next time (also when there were no changes)",
                example = "YzE6NDI6MTc2NDg5NjAwMA") String nextToken,
        @Schema(description = "True when more changes wait: ask again with nextToken at once") boolean hasMore) {
}
