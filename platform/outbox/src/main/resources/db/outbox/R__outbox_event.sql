-- The integration-event log of platform/outbox, included by a service with
-- quarkus.flyway.locations=db/migration,db/outbox. An event row commits in the same transaction as the
-- change it describes; OutboxRelay publishes pending rows in seq order and stamps published_at.
--
-- Repeatable and idempotent on purpose: it runs after a service's own migrations and again whenever
-- this file changes, and services that created the table in their own migrations before this module
-- existed keep their table as it is. Only ever add to it with "if not exists".
-- "if not exists" would print a notice per statement on services that have the table: keep them quiet.
set local client_min_messages = warning;

create table if not exists outbox_event (
    id            uuid primary key,                -- the CloudEvent id (ce_id)
    seq           bigserial not null unique,       -- publication order
    aggregate_key varchar(255) not null,           -- the Kafka record key: a user or clinic id
    type          varchar(128) not null,           -- ce_type, e.g. restwell.journal.sleep-entry.recorded.v1
    subject       varchar(255),                    -- ce_subject: the id of what changed
    payload       jsonb not null,
    created_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    attempts      integer not null default 0,
    last_error    text
);

-- The W3C trace context of the writer, so the trace continues on Kafka; null when tracing is off.
alter table outbox_event add column if not exists traceparent varchar(128);
alter table outbox_event add column if not exists tracestate varchar(512);

create index if not exists outbox_event_pending on outbox_event (seq) where published_at is null;
create index if not exists outbox_event_published on outbox_event (published_at) where published_at is not null;
