-- The key of the ids clinics know people by (domain/CustomerPseudonyms), made once per installation
-- and never changed: a new key would give every customer a new id at every clinic. Kept with the
-- bookings it pseudonymises; it protects people from clinics correlating them, not from this database.
create table pseudonym_key (
    purpose text primary key,
    key     bytea not null check (length(key) >= 16)
);

-- 32 bytes from two random (version 4) UUIDs: 244 random bits.
insert into pseudonym_key (purpose, key)
values ('partner-customer-id',
        decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
