-- Busy time a partner clinic imports from its own practice system or calendar (partner API,
-- POST /api/v1/partner/busy-times/sync): it takes the therapist's time like a booking does, so
-- availability and new bookings leave it out. The clinic's own id of each interval is unique per
-- clinic, which makes a repeated import an update rather than a copy. No names or titles: only time.
create table busy_interval (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    therapist_id  uuid not null references therapist (id),
    external_id   varchar(200) not null,
    start_at      timestamp with time zone not null,
    end_at        timestamp with time zone not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    check (end_at > start_at),
    constraint busy_interval_external_id unique (clinic_id, external_id)
);
-- availability and the booking check look up a therapist's busy time by overlap
create index busy_interval_therapist_time on busy_interval using gist (therapist_id, tstzrange(start_at, end_at));
