-- Each person's Web Push subscriptions (service/PushSubscriptions): a browser or device's push endpoint and
-- its keys (RFC 8291). One row per person and endpoint; a re-subscription replaces the keys.
create table push_subscription (
    id          uuid primary key,
    user_id     varchar(255) not null,
    endpoint    varchar(2000) not null,
    p256dh      varchar(100) not null,
    auth        varchar(40) not null,
    expires_at  timestamp with time zone,
    created_at  timestamp with time zone not null,
    constraint push_subscription_user_endpoint unique (user_id, endpoint)
);
create index push_subscription_user on push_subscription (user_id);
