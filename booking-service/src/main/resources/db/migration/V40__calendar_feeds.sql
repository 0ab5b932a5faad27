-- Private iCalendar feeds (RFC 5545) of a clinic's bookings: one per therapist and one for the whole clinic
-- (therapist_id null), read by calendar apps at a secret URL without a token. Only the secret's lookup prefix
-- and its SHA-256 are stored; rotating replaces both, so the old URL answers 404 at once.
create table calendar_feed (
    id             uuid primary key,
    clinic_id      uuid not null references clinic (id),
    therapist_id   uuid references therapist (id),
    secret_prefix  varchar(32) not null,
    secret_hash    varchar(64) not null,
    created_at     timestamp with time zone not null,
    rotated_at     timestamp with time zone not null,
    constraint calendar_feed_secret_prefix unique (secret_prefix)
);
-- one feed per therapist and one per clinic
create unique index calendar_feed_owner on calendar_feed (clinic_id, coalesce(therapist_id, '00000000-0000-0000-0000-000000000000'::uuid));
