package io.restwell.events.journal;

import java.time.OffsetDateTime;

/**
 * Data of {@code restwell.journal.user-data.erased.v1}: the person asked to be forgotten; every
 * consumer deletes what it derived from their journal.
 */
public record UserDataErasedEvent(String userId, OffsetDateTime erasedAt) {
}
