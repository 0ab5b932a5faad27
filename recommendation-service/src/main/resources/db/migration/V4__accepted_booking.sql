-- The booking an accepted suggestion became (a booking-service id; another database, so no foreign key).
alter table recommendation add column booking_id uuid;
