-- Partner webhooks: HTTPS endpoints a clinic registers for its booking events, and the delivery log.
create table webhook_endpoint (
    id                    uuid primary key,
    clinic_id             uuid not null references clinic (id),
    url                   varchar(2000) not null,
    description           varchar(200),
    -- the CloudEvent types it receives, comma-separated, e.g. restwell.booking.created.v1,restwell.booking.cancelled.v1
    event_types           varchar(500) not null,
    -- The signing secret (whsec_...). Stored as it is, because signing needs the secret itself (a hash
    -- could only verify); shown once at creation, never returned again and never logged.
    secret                varchar(100) not null,
    enabled               boolean not null default true,
    disabled_reason       varchar(300),
    -- failed attempts in a row, and since when: repeated failures disable the endpoint
    consecutive_failures  integer not null default 0,
    failing_since         timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);
create index webhook_endpoint_clinic on webhook_endpoint (clinic_id) where enabled;

-- One row per (endpoint, event): written in the same transaction as the booking change and its outbox
-- row, so the log survives restarts and nothing is sent for a change that rolled back. WebhookDispatcher
-- claims due rows with FOR UPDATE SKIP LOCKED and moves next_attempt_at ahead as a lease, so several
-- instances never send one delivery at the same time.
create table webhook_delivery (
    id                uuid primary key,               -- Restwell-Delivery-Id
    endpoint_id       uuid not null references webhook_endpoint (id) on delete cascade,
    event_id          uuid not null,                  -- Restwell-Event-Id: the CloudEvent id, the same on every attempt
    event_type        varchar(100) not null,
    booking_id        uuid,
    body              text not null,                  -- the exact bytes signed and sent
    status            varchar(16) not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts          integer not null default 0,
    next_attempt_at   timestamp with time zone,
    retry_until       timestamp with time zone not null,
    last_attempt_at   timestamp with time zone,
    last_status_code  integer,
    last_error        varchar(500),
    last_duration_ms  integer,
    created_at        timestamp with time zone not null,
    delivered_at      timestamp with time zone,
    unique (endpoint_id, event_id),
    check (status <> 'PENDING' or next_attempt_at is not null)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);
create index webhook_delivery_finished on webhook_delivery (created_at) where status <> 'PENDING';
