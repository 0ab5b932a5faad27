package io.restwell.journal.domain;

/**
 * The record an imported night came from: the platform, the app (Health Connect's dataOrigin package,
 * HealthKit's source bundle id, "fitbit"), the device when the source names it, the record's own id there
 * and its version (a higher one replaces what was imported before; the same one again is a replay).
 */
public record SleepSource(SourcePlatform platform, String app, String device, String recordId, long version) {

    public SleepSource {
        if (platform == null || app == null || app.isBlank() || recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("a source needs its platform, app and record id");
        }
    }

    /** The source record as a client record, so re-imports follow the replay / update / stale rules of one. */
    public ClientRecord asRecord() {
        return new ClientRecord(recordId, Math.max(0, version));
    }
}
