-- Front-desk bookings: a clinic books one of its therapists' slots for a client taken by phone or at the
-- desk, who may have no Restwell account. Same table, so the same exclusion constraint decides a race
-- with the app. The client's name and contact are the clinic's: only its partner API shows them.
alter table booking add column channel varchar(20) not null default 'APP'
    check (channel in ('APP', 'FRONT_DESK'));
alter table booking add column client_name varchar(200);
alter table booking add column client_email varchar(320);
alter table booking add column client_phone varchar(40);
-- only a front-desk booking holds a client's details (an app booking's person is known by customerId)
alter table booking add constraint booking_client_only_front_desk
    check (channel = 'FRONT_DESK' or (client_name is null and client_email is null and client_phone is null));
