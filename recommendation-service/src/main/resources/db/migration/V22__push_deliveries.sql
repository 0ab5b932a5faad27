-- One row per notification and subscription (push/PushDispatcher): written with the notification, so each
-- is pushed to each subscription at most once whatever redelivers or sweeps. A sender takes due rows with
-- SKIP LOCKED and leases them (next_attempt_at moves ahead) before it sends, so two instances never send one.
-- next_attempt_at also holds a push back until the person's quiet hours end.
create table push_delivery (
    notification_id  uuid not null references notification (id) on delete cascade,
    subscription_id  uuid not null references push_subscription (id) on delete cascade,
    user_id          varchar(255) not null,
    status           varchar(10) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_status      integer,
    last_error       varchar(300),
    created_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    primary key (notification_id, subscription_id)
);
create index push_delivery_due on push_delivery (next_attempt_at) where status = 'PENDING';
create index push_delivery_subscription on push_delivery (subscription_id);
create index push_delivery_user on push_delivery (user_id);
