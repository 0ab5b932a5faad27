-- What each person told us suits them (GET/PUT /api/v1/me/preferences): one JSON document per person,
-- written whole on each PUT. The service reads it as a whole and never queries inside it; version makes
-- If-Match work (412 on a stale edit from another device). Erased with the rest of the person's data.
create table person_preferences (
    user_id     text primary key,
    settings    jsonb not null,
    version     integer not null,
    updated_at  timestamp with time zone not null
);
