-- Suggestions can also be "see a clinician first" (no session type), name the rule that chose
-- them, and carry the open slots fetched from booking-service once it answers.
alter table recommendation
    alter column session_type_code drop not null,
    add column see_clinician boolean not null default false,
    add column rule varchar(64) not null default '',
    add column slots jsonb not null default '[]',
    add column slots_status varchar(16) not null default 'PENDING' check (slots_status in ('PENDING', 'FILLED', 'NONE')),
    add column dismissed_at timestamp with time zone;

-- One open suggestion per person: a new poor night refreshes it instead of adding another.
create unique index recommendation_one_open on recommendation (user_id) where status = 'SUGGESTED';
create index recommendation_slots_pending on recommendation (created_at) where slots_status = 'PENDING';

-- The service's own view of each person's recent journal, built from journal.events alone.
create table journal_night (
    entry_id             uuid primary key,
    user_id              varchar(255) not null,
    night                date not null,
    sleep_efficiency     numeric(5, 2) not null,
    total_sleep_minutes  integer not null,
    poor_sleep           boolean not null,
    poor_sleep_reasons   varchar(255) not null,
    bedtime_offset_seconds integer not null
);
create index journal_night_user on journal_night (user_id, night desc);

create table journal_pain (
    entry_id         uuid primary key,
    user_id          varchar(255) not null,
    recorded_at      timestamp with time zone not null,
    recorded_at_offset_seconds integer not null,
    intensity        smallint not null,
    location         varchar(32) not null,
    character        varchar(32) not null,
    chronic          boolean not null,
    stress_related   boolean not null,
    disturbed_sleep  boolean not null
);
create index journal_pain_user on journal_pain (user_id, recorded_at desc);

-- Events already applied, written in the same transaction as their effect: a redelivered event is a no-op.
create table processed_event (
    event_id      varchar(128) primary key,
    processed_at  timestamp with time zone not null
);
