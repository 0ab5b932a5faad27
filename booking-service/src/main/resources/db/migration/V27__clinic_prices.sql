-- Prices per clinic: what one session type of one length costs at one clinic, in minor units of the
-- clinic's currency. A row in another currency than the clinic's (its currency changed since) is dormant:
-- nothing reads it until the clinic or an admin sets its prices again. Where a clinic has no price of its
-- own, the session type's list price applies if it is in the clinic's currency; otherwise that length is
-- not offered there. No foreign key to session_type_duration: replacing a type's durations rewrites those
-- rows, and a clinic's prices must survive it.
create table clinic_price (
    clinic_id        uuid not null references clinic (id) on delete cascade,
    session_type_id  uuid not null references session_type (id) on delete cascade,
    minutes          integer not null check (minutes > 0),
    price_minor      bigint not null check (price_minor >= 0),
    currency         varchar(3) not null check (currency ~ '^[A-Z]{3}$'),
    primary key (clinic_id, session_type_id, minutes)
);

-- Today's prices move over: every existing clinic gets the list price of every length as its own.
insert into clinic_price (clinic_id, session_type_id, minutes, price_minor, currency)
select c.id, d.session_type_id, d.minutes, d.price_cents, d.currency
from clinic c join session_type_duration d on d.currency = c.currency;
