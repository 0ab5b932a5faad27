-- Every booking of a person as booking.events last described it, so a person can report on their own
-- sessions only and the clinic's mark (COMPLETED, NO_SHOW) is known beside their word (domain/SessionReport).
-- session_date is the day of the start in the clinic's offset, as completed_session has it.
create table session_booking (
    booking_id    uuid primary key,
    user_id       varchar(255) not null,
    session_type  varchar(64) not null,
    session_date  date not null,
    start_at      timestamp with time zone not null,
    end_at        timestamp with time zone not null,
    status        varchar(32) not null,
    updated_at    timestamp with time zone not null
);
create index session_booking_user on session_booking (user_id, session_date);

-- Sessions completed before this table existed are known by their day alone: their start is that day's
-- midnight UTC (they have all begun, which is what reporting needs).
insert into session_booking (booking_id, user_id, session_type, session_date, start_at, end_at, status, updated_at)
select booking_id, user_id, session_type, session_date, session_date::timestamp at time zone 'UTC',
       session_date::timestamp at time zone 'UTC', 'COMPLETED', now()
from completed_session
on conflict do nothing;

-- The person's own word on a session: whether they went and, when they did, how much it relieved their pain.
-- One row per booking: reporting again replaces it.
create table session_outcome (
    booking_id   uuid primary key references session_booking (booking_id) on delete cascade,
    user_id      varchar(255) not null,
    attended     boolean not null,
    relief       smallint check (relief between 0 and 10),
    reported_at  timestamp with time zone not null,
    check ((attended and relief is not null) or (not attended and relief is null))
);
create index session_outcome_user on session_outcome (user_id);

-- Sleep latency of each night, for the insights' before/after and with/without figures. Nights recorded
-- before this column existed have none and count for nothing in latency figures until corrected.
alter table journal_night add column sleep_latency_minutes integer;
