package io.restwell.journal.domain;

/** One write of a sleep entry: the diary, its notes, its kind and, from a syncing device, its client record (or null). */
public record SleepWrite(SleepDiaryEntry diary, String notes, EntryKind kind, ClientRecord clientRecord) {

    public SleepWrite {
        kind = kind == null ? EntryKind.NIGHT : kind;
    }
}
