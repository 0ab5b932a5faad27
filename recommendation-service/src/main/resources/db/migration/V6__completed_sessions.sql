-- Sessions a person completed (from booking.events), to learn what has worked for them.
create table completed_session (
    booking_id    uuid primary key,
    user_id       varchar(255) not null,
    session_type  varchar(64) not null,
    session_date  date not null
);
create index completed_session_user on completed_session (user_id, session_date);
