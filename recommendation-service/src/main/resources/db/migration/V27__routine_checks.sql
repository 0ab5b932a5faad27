-- Which steps of the bedtime routine a person did on an evening (domain/RoutineCheck): one row per person
-- and evening, replaced when they tick again. steps: RoutineStep codes, comma-separated; '' for none.
create table routine_check (
    user_id     varchar(255) not null,
    night       date not null,
    steps       varchar(200) not null,
    updated_at  timestamp with time zone not null,
    primary key (user_id, night)
);
