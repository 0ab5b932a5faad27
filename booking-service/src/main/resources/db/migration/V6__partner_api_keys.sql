-- Partner clinics call /api/v1/partner/... with an API key of their own. The key itself is shown once
-- at creation and never stored: only its visible prefix (to find the row) and a SHA-256 of the whole
-- key (compared in constant time). A clinic may hold several keys at once, so it can rotate them.
create table partner_api_key (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    label         varchar(100) not null,
    -- e.g. rw_live_7fK2pQ9x: the environment's prefix plus the key's first 8 random characters
    key_prefix    varchar(40) not null unique,
    key_hash      varchar(64) not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(255) not null,
    -- updated at most once a minute per key, so authenticating stays a read
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);
create index partner_api_key_clinic on partner_api_key (clinic_id, created_at);

-- Who cancelled: the person, or the clinic through the partner API (never a late cancellation).
alter table booking add column cancelled_by varchar(16) check (cancelled_by in ('CUSTOMER', 'CLINIC'));

-- Partners sync a clinic's bookings by "changed since" (updated_at).
create index booking_clinic_updated on booking (clinic_id, updated_at, id);
