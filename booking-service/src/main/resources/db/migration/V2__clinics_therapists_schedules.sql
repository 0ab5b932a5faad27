-- Session types can be retired without deleting them (bookings keep pointing at them), and each has
-- the length a booking gets when the client names none.
alter table session_type add column active boolean not null default true;
alter table session_type add column default_minutes integer not null default 60 check (default_minutes > 0);

-- Partner clinics. Schedules are kept in the clinic's own IANA time zone (wall-clock hours), so
-- opening hours stay right across daylight-saving changes.
create table clinic (
    id           uuid primary key,
    name         varchar(200) not null,
    street       varchar(200) not null,
    postal_code  varchar(20) not null,
    city         varchar(100) not null,
    country      varchar(2) not null check (country ~ '^[A-Z]{2}$'),
    time_zone    varchar(64) not null,
    phone        varchar(40),
    email        varchar(254),
    website      varchar(500),
    active       boolean not null default true,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    version      bigint not null default 0
);
create index clinic_city on clinic (lower(city));

create table therapist (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    name            varchar(200) not null,
    bio             varchar(2000),
    -- Kept free after each session (changing rooms, notes); part of what a booking blocks.
    buffer_minutes  integer not null default 10 check (buffer_minutes between 0 and 240),
    active          boolean not null default true,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now(),
    version         bigint not null default 0
);
create index therapist_clinic on therapist (clinic_id);

-- Which session types a therapist may give.
create table therapist_qualification (
    therapist_id     uuid not null references therapist (id) on delete cascade,
    session_type_id  uuid not null references session_type (id),
    primary key (therapist_id, session_type_id)
);
create index therapist_qualification_type on therapist_qualification (session_type_id);

-- Recurring weekly working hours, wall-clock times in the clinic's time zone. ISO day: 1 = Monday.
create table weekly_hours (
    therapist_id  uuid not null references therapist (id) on delete cascade,
    day_of_week   smallint not null check (day_of_week between 1 and 7),
    start_time    time not null,
    end_time      time not null,
    primary key (therapist_id, day_of_week, start_time),
    check (end_time > start_time)
);

-- One-off changes to the weekly hours: a whole day off, a few hours off, or extra hours.
create table schedule_exception (
    id            uuid primary key,
    therapist_id  uuid not null references therapist (id) on delete cascade,
    day           date not null,
    kind          varchar(16) not null check (kind in ('DAY_OFF', 'TIME_OFF', 'EXTRA_HOURS')),
    start_time    time,
    end_time      time,
    note          varchar(500),
    created_at    timestamp with time zone not null default now(),
    check ((kind = 'DAY_OFF' and start_time is null and end_time is null)
        or (kind <> 'DAY_OFF' and start_time is not null and end_time is not null and end_time > start_time))
);
create index schedule_exception_therapist_day on schedule_exception (therapist_id, day);
