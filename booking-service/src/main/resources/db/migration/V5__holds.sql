-- Holds: a person may hold a slot for a few minutes while deciding (or paying). A hold is a booking
-- row with status HELD and an expiry, so the same exclusion constraint keeps holds and bookings from
-- overlapping. An expired hold still sits in the constraint until someone needs its time: that
-- transaction marks it EXPIRED first (the constraint cannot look at the clock itself).
alter table booking add column expires_at timestamp with time zone;

alter table booking drop constraint booking_status_check;
alter table booking add constraint booking_status_check check (status in
    ('HELD', 'EXPIRED', 'BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'LATE_CANCELLED'));
alter table booking add constraint booking_hold_expiry check (status not in ('HELD', 'EXPIRED') or expires_at is not null);

alter table booking drop constraint booking_no_overlap;
alter table booking add constraint booking_no_overlap exclude using gist (
    therapist_id with =,
    tstzrange(start_at, blocked_until) with &&
) where (status in ('HELD', 'BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW'));

create index booking_live_holds on booking (user_id, expires_at) where status = 'HELD';
