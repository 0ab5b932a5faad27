-- Transactional outbox (same design as journal-service's): an event row commits with the change it
-- describes; the relay publishes pending rows to recommendation.events in seq order.
create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    aggregate_key varchar(255) not null,
    type          varchar(128) not null,
    subject       varchar(255),
    payload       jsonb not null,
    created_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    attempts      integer not null default 0,
    last_error    text
);

create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_key on outbox_event (aggregate_key);
