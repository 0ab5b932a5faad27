-- The test application's own table; the outbox's comes from db/outbox.
create table note (
    id      uuid primary key,
    author  varchar(255) not null,
    text    text not null
);
