package io.restwell.journal.domain;

/**
 * A device's own name for an entry and the version of it the device holds (Health Connect's
 * clientRecordId / clientRecordVersion). The same id again is the same entry: what happens then is
 * {@link #against(long)}.
 */
public record ClientRecord(String id, long version) {

    /** What an incoming write of this record does to the stored one. */
    public enum Outcome {
        /** The same version again: a retry; answer what is stored, change nothing. */
        REPLAY,
        /** A newer version: it replaces the stored entry. */
        UPDATE,
        /** An older version than the one stored: ignored, the stored entry stays. */
        STALE
    }

    public ClientRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a client record needs an id");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a client record version is never negative");
        }
    }

    public Outcome against(long storedVersion) {
        if (version == storedVersion) {
            return Outcome.REPLAY;
        }
        return version > storedVersion ? Outcome.UPDATE : Outcome.STALE;
    }
}
