package io.restwell.events.journal;

/** Data of {@code restwell.journal.sleep-entry.deleted.v1} and {@code ...pain-entry.deleted.v1}. */
public record EntryDeletedEvent(String entryId, String userId) {
}
