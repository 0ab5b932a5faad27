-- Bookings, and PostgreSQL's own guarantee that a therapist is never double-booked.
-- btree_gist lets one GiST index combine "same therapist" (=) with "overlapping time" (&&).
-- It is a trusted extension: the database owner may create it without superuser rights.
create extension if not exists btree_gist;

create table booking (
    id                   uuid primary key,
    user_id              varchar(255) not null,
    clinic_id            uuid not null references clinic (id),
    therapist_id         uuid not null references therapist (id),
    session_type_id      uuid not null references session_type (id),
    duration_minutes     integer not null check (duration_minutes > 0),
    price_cents          integer not null check (price_cents >= 0),
    currency             varchar(3) not null,
    start_at             timestamp with time zone not null,
    end_at               timestamp with time zone not null,
    -- end plus the therapist's buffer at booking time: what the booking keeps others from.
    blocked_until        timestamp with time zone not null,
    -- the clinic's zone and the clinic-local date of the start, for display and date filters.
    time_zone            varchar(64) not null,
    local_date           date not null,
    status               varchar(20) not null
                         check (status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'LATE_CANCELLED')),
    notes                varchar(2000),
    cancellation_reason  varchar(500),
    cancelled_at         timestamp with time zone,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0,
    check (end_at > start_at),
    check (blocked_until >= end_at),
    -- Never a double booking: no two bookings of one therapist that still hold their time may overlap,
    -- whichever instance or transaction writes them. A loser gets SQLState 23P01.
    constraint booking_no_overlap exclude using gist (
        therapist_id with =,
        tstzrange(start_at, blocked_until) with &&
    ) where (status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW'))
);
create index booking_user_start on booking (user_id, start_at);
create index booking_clinic_date on booking (clinic_id, local_date);

-- Idempotency-Key of POST /api/v1/bookings: written in the same transaction as the booking, so a
-- key exists exactly when its booking does. The FK is checked at commit: the key row comes first,
-- so a concurrent retry with the same key waits for the first request instead of racing it.
create table idempotency_key (
    user_id          varchar(255) not null,
    idempotency_key  varchar(255) not null,
    request_hash     char(64) not null,
    booking_id       uuid not null references booking (id) deferrable initially deferred,
    created_at       timestamp with time zone not null default now(),
    primary key (user_id, idempotency_key)
);
