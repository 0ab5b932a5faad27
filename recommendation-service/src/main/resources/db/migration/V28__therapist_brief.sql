-- The consented therapist brief (service/TherapistBriefs, docs/partners.md section 6b). One consent per booking: a
-- person shares a digest of their last 14 nights and pain with that booking's clinic, for that booking only.
-- Revoking keeps the row (revoked_at), so the person still sees who read it; erasure deletes it with the rest.
create table brief_consent (
    booking_id  uuid primary key,
    user_id     varchar(255) not null,
    clinic_id   uuid not null,
    shared_at   timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index brief_consent_user on brief_consent (user_id);

-- Every read of a brief by a clinic, written before the brief is sent. It names the booking, the clinic and the key,
-- never the person or what was read, and it outlives an erasure (docs/architecture.md, "Erasure"). Append-only:
-- the trigger refuses every change and deletion, so a read once logged cannot be hidden.
create table brief_read (
    id          uuid primary key,
    booking_id  uuid not null,
    clinic_id   uuid not null,
    key_id      uuid not null,
    key_prefix  varchar(64) not null,
    format      varchar(10) not null check (format in ('JSON', 'FHIR')),
    read_at     timestamp with time zone not null
);
create index brief_read_booking on brief_read (booking_id, read_at desc);

create function brief_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'brief_read is append-only';
end;
$$;
create trigger brief_read_append_only before update or delete on brief_read
    for each row execute function brief_read_append_only();
