-- Each person's inbox (service/Inbox). cause_key names what caused a notification (kind + event id,
-- booking id + reminder...), so a redelivered event or a second instance never makes it twice.
-- seq orders the live stream: it is the SSE event id a reconnecting client sends back (Last-Event-ID).
create table notification (
    id          uuid primary key,
    seq         bigserial not null unique,
    user_id     varchar(255) not null,
    kind        varchar(40) not null,
    cause_key   varchar(200) not null unique,
    title       varchar(200) not null,
    body        text not null,
    details     jsonb not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notification_user_seq on notification (user_id, seq);
create index notification_user_unread on notification (user_id, seq) where read_at is null;

-- Notifications that wait for their time: reminders 24 h and 2 h before a session and the morning
-- check-in after it (service/Reminders sweeps them with SKIP LOCKED). A booking's rows are replaced
-- when it is rescheduled and dropped when it is cancelled.
create table notification_due (
    booking_id  uuid not null,
    kind        varchar(40) not null,
    user_id     varchar(255) not null,
    due_at      timestamp with time zone not null,
    cause_key   varchar(200) not null,
    booking     jsonb not null,
    primary key (booking_id, kind)
);
create index notification_due_at on notification_due (due_at);
create index notification_due_user on notification_due (user_id);
