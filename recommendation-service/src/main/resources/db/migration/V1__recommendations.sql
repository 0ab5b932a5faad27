-- One row per suggestion made to a person after a bad night: a massage session type plus a bedtime
-- self-care routine, with the entry that triggered it and the rule version that chose it, so every
-- suggestion can be explained and audited later.
create table recommendation (
    id                   uuid primary key,
    user_id              varchar(255) not null,
    status               varchar(16) not null check (status in ('SUGGESTED', 'ACCEPTED', 'DISMISSED', 'EXPIRED')),
    session_type_code    varchar(64) not null,
    explanation          text not null,
    self_care            text not null,
    triggering_entry_id  uuid not null,
    rule_version         varchar(64) not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0
);

-- Every read is one person's suggestions, newest first.
create index recommendation_user_created on recommendation (user_id, created_at desc);
