-- Sync (docs/journal-sync.md): client record ids and versions for idempotent writes from devices,
-- naps as their own kind of entry, one main night per person per date, and a change sequence with
-- tombstones for GET /api/v1/journal/changes.

alter table sleep_entry
    add column kind                  varchar(16) not null default 'NIGHT' check (kind in ('NIGHT', 'NAP')),
    add column client_record_id      varchar(255),
    add column client_record_version bigint check (client_record_version >= 0),
    add column change_seq            bigint;

-- Every write of a person's entries takes the next number; the changes feed reads in this order.
create sequence journal_change_seq;

update sleep_entry set change_seq = nextval('journal_change_seq');
alter table sleep_entry alter column change_seq set not null;

-- Nights logged twice before this rule existed: the earliest logged one stays the night, the others
-- become naps, so nothing is lost and the rule below can hold.
update sleep_entry e set kind = 'NAP'
where exists (select 1 from sleep_entry other
              where other.user_id = e.user_id and other.night = e.night
                and (other.created_at, other.id) < (e.created_at, e.id));

create unique index sleep_entry_one_night on sleep_entry (user_id, night) where kind = 'NIGHT';
create unique index sleep_entry_client_record on sleep_entry (user_id, client_record_id)
    where client_record_id is not null;
create index sleep_entry_user_change on sleep_entry (user_id, change_seq);

-- What a deleted entry leaves for other devices to learn: its id and when. Kept for
-- restwell.journal.sync.tombstone-retention (30 days), then purged.
create table sleep_entry_tombstone (
    id                    uuid primary key,
    user_id               varchar(255) not null,
    client_record_id      varchar(255),
    -- a late retry of the deleted version (or an older one) must not bring the entry back
    client_record_version bigint,
    change_seq            bigint not null,
    deleted_at            timestamp with time zone not null
);

create index sleep_entry_tombstone_user_change on sleep_entry_tombstone (user_id, change_seq);
create index sleep_entry_tombstone_deleted_at on sleep_entry_tombstone (deleted_at);
create index sleep_entry_tombstone_client_record on sleep_entry_tombstone (user_id, client_record_id)
    where client_record_id is not null;
