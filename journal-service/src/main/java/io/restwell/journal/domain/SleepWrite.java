package io.restwell.journal.domain;

/**
 * One write of a sleep entry: the diary, its notes, its kind and, from a syncing device, its client record
 * (or null); an imported night also carries its source and minutes per stage (else both null).
 */
public record SleepWrite(SleepDiaryEntry diary, String notes, EntryKind kind, ClientRecord clientRecord,
        SleepSource source, StageMinutes stages) {

    public SleepWrite {
        kind = kind == null ? EntryKind.NIGHT : kind;
    }

    public SleepWrite(SleepDiaryEntry diary, String notes, EntryKind kind, ClientRecord clientRecord) {
        this(diary, notes, kind, clientRecord, null, null);
    }
}
