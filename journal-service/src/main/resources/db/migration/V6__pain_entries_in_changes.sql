-- The change feed (GET /api/v1/journal/changes) carries pain entries too: their writes take numbers
-- from the same sequence under the same per-person lock as sleep entries, and their deletions leave
-- tombstones in the same table, marked by entry_type. Ratings logged before this take numbers now,
-- so a device syncing from an older token receives each of them once.

alter table pain_entry add column change_seq bigint;
update pain_entry set change_seq = nextval('journal_change_seq');
alter table pain_entry alter column change_seq set not null;
create index pain_entry_user_change on pain_entry (user_id, change_seq);

alter table sleep_entry_tombstone
    add column entry_type varchar(8) not null default 'SLEEP' check (entry_type in ('SLEEP', 'PAIN'));
