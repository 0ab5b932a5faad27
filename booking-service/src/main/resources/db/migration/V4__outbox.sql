-- Transactional outbox: an event row is written in the same transaction as the booking change, so a
-- change is never saved without its event (even while Kafka is down). OutboxRelay publishes rows in
-- seq order and marks them published.
create table outbox_event (
    id             uuid primary key,                -- the CloudEvent id (ce_id)
    seq            bigserial not null unique,       -- publication order
    aggregate_key  text not null,                   -- the Kafka record key: the user id
    type           text not null,                   -- ce_type, e.g. restwell.booking.created.v1
    subject        text,                            -- ce_subject: the booking id
    payload        jsonb not null,
    created_at     timestamp with time zone not null,
    published_at   timestamp with time zone,
    attempts       integer not null default 0,
    last_error     text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
