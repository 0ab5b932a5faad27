-- The offsets people logged their times with, so the API answers in their own local time.
alter table sleep_entry
    add column bedtime_offset_seconds   integer not null default 0,
    add column wake_time_offset_seconds integer not null default 0,
    add constraint sleep_entry_notes_length check (char_length(notes) <= 2000);

create table pain_entry (
    id                      uuid primary key,
    user_id                 varchar(255) not null,
    recorded_at             timestamp with time zone not null,
    recorded_at_offset_seconds integer not null,
    -- the person's local date of recordedAt: summaries pair a day's pain with the night that follows
    recorded_on             date not null,
    intensity               smallint not null check (intensity between 0 and 10),
    location                varchar(32) not null,
    character               varchar(32) not null,
    chronic                 boolean not null,
    stress_related          boolean not null,
    disturbed_sleep         boolean not null,
    notes                   text check (char_length(notes) <= 2000),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint not null default 0
);

create index pain_entry_user_recorded on pain_entry (user_id, recorded_at desc);

-- Transactional outbox: an event row commits with the change it describes; the relay publishes
-- pending rows in seq order and stamps published_at.
create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    aggregate_key varchar(255) not null,
    type          varchar(128) not null,
    subject       varchar(255),
    payload       jsonb not null,
    created_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    attempts      integer not null default 0,
    last_error    text
);

create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_key on outbox_event (aggregate_key);
