-- When no clinic within the person's radius has a slot of the suggested session, the suggestion says so
-- and offers the nearest options beyond it, kept apart from its slots (which are only ever in reach).
alter table recommendation add column none_in_reach boolean not null default false;
alter table recommendation add column nearest_options jsonb not null default '[]';
