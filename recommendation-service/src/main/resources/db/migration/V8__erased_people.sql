-- People who erased their data (restwell.journal.user-data.erased.v1): the SHA-256 of the user id and
-- when, nothing else. Events about them written before that moment (Kafka keeps topics for 7 days, and
-- a new consumer group reads them from the start) are dropped instead of re-creating what the erasure
-- removed; an event written after it (a night logged later) is a fresh start. Kept as long as the
-- service exists: a row is 2 values, and dropping it would reopen the window.
create table erased_person (
    user_hash  char(64) primary key,
    erased_at  timestamp with time zone not null
);
